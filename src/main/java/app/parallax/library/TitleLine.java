package app.parallax.library;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline line of an article, which web pages often end with the site's name:
 * "Putin says West ignores Russia’s demands for security – NRK Urix – Foreign News & Documentaries".
 * A dash also joins a headline to its source ("Putin Says U.S. Ignored Russia's Demands – Kremlin"), so a
 * suffix is only taken for the outlet when it is known to be one, or when the line has the web-page shape
 * "headline – site – section".
 */
record TitleLine(String title, Optional<String> outlet) {

    private static final List<String> SEPARATORS = List.of(" – ", " — ", " | ", " - ");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final int MAX_OUTLET_WORDS = 4;

    static TitleLine of(String line) {
        String text = MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("");
        for (String separator : SEPARATORS) {
            List<String> parts = Arrays.stream(text.split(Pattern.quote(separator))).map(String::strip).toList();
            if (parts.size() >= 2) {
                Optional<TitleLine> split = split(parts, separator);
                if (split.isPresent()) {
                    return split.get();
                }
            }
        }
        return new TitleLine(text, Optional.empty());
    }

    private static Optional<TitleLine> split(List<String> parts, String separator) {
        for (int i = 1; i < parts.size(); i++) {
            if (KnownOutlets.isOutletName(parts.get(i))) {
                return Optional.of(new TitleLine(String.join(separator, parts.subList(0, i)), Optional.of(parts.get(i))));
            }
        }
        if (parts.size() >= 3 && isNameLike(parts.get(1))) {
            return Optional.of(new TitleLine(parts.get(0), Optional.of(parts.get(1))));
        }
        return Optional.empty();
    }

    /** A site name is a few capitalised words ("NRK Urix"), not a clause. */
    private static boolean isNameLike(String part) {
        String[] words = part.split("\\s+");
        return words.length <= MAX_OUTLET_WORDS
                && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)));
    }
}
