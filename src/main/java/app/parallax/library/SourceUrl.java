package app.parallax.library;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the article was copied from, when the text says so: a line "Original url:" with the address on
 * it or on the next non-blank line, or else the first line that is nothing but an address. A URL inside
 * a sentence is a link to elsewhere, not the article's own address.
 */
final class SourceUrl {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern LABEL = Pattern.compile(
            "(?:original\\s+url|original\\s+article|source\\s+url|source|url|link)\\s*:\\s*(?<url>https?://\\S+)?",
            Pattern.CASE_INSENSITIVE);

    private SourceUrl() {
    }

    static Optional<String> in(List<String> lines) {
        return labelled(lines).or(() -> lines.stream().map(String::strip).filter(SourceUrl::isUrl).findFirst())
                .map(SourceUrl::withoutTrailingPunctuation);
    }

    private static Optional<String> labelled(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LABEL.matcher(lines.get(i).strip());
            if (m.matches()) {
                if (m.group("url") != null) {
                    return Optional.of(m.group("url"));
                }
                Optional<String> next = nextNonBlank(lines, i + 1).filter(SourceUrl::isUrl);
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nextNonBlank(List<String> lines, int from) {
        return lines.subList(from, lines.size()).stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst();
    }

    private static boolean isUrl(String line) {
        return URL.matcher(line).matches();
    }

    /** "(https://example.com/x)." as it sits in prose: the brackets and the full stop are not the address. */
    private static String withoutTrailingPunctuation(String url) {
        return url.replaceAll("[).,;:!?\"'’”>]+$", "");
    }
}
