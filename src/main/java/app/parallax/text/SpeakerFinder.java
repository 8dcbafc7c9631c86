package app.parallax.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a quote is attributed to, from the words around it in its paragraph: "…," the Kremlin said; "…,"
 * said the president; Putin claimed: "…"; according to the Kremlin, … "…". Pronouns ("it said") name no
 * one, so they give no speaker.
 */
final class SpeakerFinder {

    private static final String VERB = "(?:said|says|say|added|adds|stated|states|claimed|claims|told|tells"
            + "|continued|explained|warned|insisted|stressed|noted|wrote|writes|declared|asked|complained"
            + "|argued|replied|concluded|announced|tweeted|posted|reported|recalled|admitted|acknowledged)";
    private static final String PHRASE = "((?:[\\p{L}\\p{N}’'.\\-]+\\s+){0,3}?[\\p{L}\\p{N}’'.\\-]+)";

    private static final Pattern AFTER_NAME_VERB = Pattern.compile(
            "^[\\s,.”\"’'»]*" + PHRASE + "\\s+" + VERB + "\\b");
    private static final Pattern AFTER_VERB_NAME = Pattern.compile(
            "^[\\s,.”\"’'»]*" + VERB + "\\s+((?:[\\p{L}\\p{N}’'.\\-]+\\s+){0,3}[\\p{L}\\p{N}’'\\-]+)(?=[.,;:]|$)");
    private static final Pattern BEFORE_NAME_VERB = Pattern.compile(
            "((?:[\\p{L}\\p{N}’'.\\-]+\\s+){0,4}[\\p{L}\\p{N}’'.\\-]+)\\s+" + VERB + "(?:\\s+that)?\\s*[:,]?\\s*[“\"‘'«]?\\s*$");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i:according to)\\s+((?:the\\s+)?(?:[\\p{Lu}][\\p{L}’'.\\-]*\\s*){1,4})");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "this",
            "that", "which", "who");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");

    Optional<String> speakerOf(String text, int start, int end, int lineStart, int lineEnd) {
        int after = end;
        String following = text.substring(after, Math.min(lineEnd, after + 80));
        Matcher m = AFTER_NAME_VERB.matcher(following);
        if (m.find()) {
            return name(m.group(1));
        }
        m = AFTER_VERB_NAME.matcher(following);
        if (m.find()) {
            return name(m.group(1));
        }
        int before = start;
        String preceding = text.substring(Math.max(lineStart, before - 120), before);
        m = BEFORE_NAME_VERB.matcher(preceding);
        if (m.find()) {
            return name(m.group(1));
        }
        m = ACCORDING_TO.matcher(preceding);
        Optional<String> according = Optional.empty();
        while (m.find()) {
            according = name(m.group(1).replaceAll("[’']s$", ""));
        }
        return according;
    }

    /** The name at the end of a run of words: from its last determiner, else its trailing capitalised words. */
    private static Optional<String> name(String phrase) {
        List<String> words = Arrays.asList(phrase.strip().replaceAll("[,.;:]+$", "").split("\\s+"));
        int from = words.size() - 1;
        for (int i = words.size() - 1; i >= 0; i--) {
            if (DETERMINERS.contains(words.get(i).toLowerCase())) {
                from = i;
                break;
            }
            if (Character.isUpperCase(words.get(i).charAt(0))) {
                from = i;
            } else if (i < words.size() - 1) {
                break;
            }
        }
        String name = String.join(" ", words.subList(from, words.size()));
        if (name.isEmpty() || PRONOUNS.contains(name.toLowerCase())
                || (words.size() - from == 1 && DETERMINERS.contains(name.toLowerCase()))) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
