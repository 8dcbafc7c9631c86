package app.parallax.library;

import app.parallax.model.ArticleMetadata;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's displayed text states about itself: headline, outlet, date, byline and address.
 * Each rule is strict, because a wrong outlet or date misleads the reader more than a missing one.
 */
final class MetadataExtractor {

    /** "AmericanPost.News reports that …": sites that name themselves by their address do this. */
    private static final Pattern SITE_REPORTS =
            Pattern.compile("(?<![\\w.])(?<site>[A-Z][\\w.-]*)\\s+(?:reports|reported)\\b");

    private MetadataExtractor() {
    }

    static ArticleMetadata extract(String text, Path file) {
        List<String> lines = text.lines().toList();
        Optional<TitleLine> titleLine = titleLine(lines);
        Optional<String> url = SourceUrl.in(lines);
        Optional<String> outlet = titleLine.flatMap(TitleLine::outlet)
                .or(() -> url.flatMap(KnownOutlets::ofUrl))
                .or(() -> siteReporting(text));
        return new ArticleMetadata(
                titleLine.map(TitleLine::title).orElseGet(() -> withoutExtension(file)),
                outlet,
                publicationDate(lines),
                Byline.in(lines),
                url);
    }

    /** The first line that says something: blank lines and timestamps ("Updated …") come before headlines. */
    private static Optional<TitleLine> titleLine(List<String> lines) {
        return lines.stream()
                .filter(line -> !line.isBlank())
                .filter(MetadataExtractor::saysSomething)
                .filter(line -> Timestamp.of(line).isEmpty())
                .findFirst()
                .map(TitleLine::of)
                .filter(line -> !line.title().isEmpty());
    }

    /** A rule drawn with "---" or "***" is not a headline. */
    private static boolean saysSomething(String line) {
        return line.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** An article updated later still first appeared on the earliest date it states. */
    private static Optional<LocalDate> publicationDate(List<String> lines) {
        return lines.stream()
                .flatMap(line -> Timestamp.of(line).stream())
                .flatMap(timestamp -> timestamp.dates().stream())
                .min(LocalDate::compareTo);
    }

    private static Optional<String> siteReporting(String text) {
        Matcher m = SITE_REPORTS.matcher(text);
        while (m.find()) {
            if (KnownOutlets.looksLikeSiteAddress(m.group("site"))) {
                return Optional.of(m.group("site"));
            }
        }
        return Optional.empty();
    }

    private static String withoutExtension(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
