package app.parallax.library;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote the article, when a line says so: "By Jane Doe", "Reported by: Anurag Roushan". The name
 * must look like a name, because "By proposing to use the independent power of his office, …" also
 * starts a line.
 */
final class Byline {

    private static final Pattern LINE = Pattern.compile(
            "(?:by|reported by|written by|words by|author)\\s*:?\\s+(?<name>.+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAME_PARTICLES =
            Set.of("and", "&", "de", "da", "del", "van", "von", "der", "den", "la", "le", "bin", "al");
    private static final int MAX_WORDS = 8;
    private static final int MAX_LENGTH = 60;

    private Byline() {
    }

    static Optional<String> in(List<String> lines) {
        for (String line : lines) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches() && isName(m.group("name"))) {
                return Optional.of(m.group("name").strip());
            }
        }
        return Optional.empty();
    }

    /** A few capitalised words; a sentence ending ("… of his office.") rules it out, "Jr." does not. */
    private static boolean isName(String text) {
        String name = text.strip();
        String[] words = name.split("[\\s,]+");
        String last = words[words.length - 1];
        boolean endsSentence = name.endsWith("!") || name.endsWith("?") || (name.endsWith(".") && last.length() > 3);
        return name.length() <= MAX_LENGTH
                && words.length <= MAX_WORDS
                && !endsSentence
                && Arrays.stream(words).allMatch(Byline::isNameWord);
    }

    private static boolean isNameWord(String word) {
        return NAME_PARTICLES.contains(word) || (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && word.chars().noneMatch(Character::isDigit));
    }
}
