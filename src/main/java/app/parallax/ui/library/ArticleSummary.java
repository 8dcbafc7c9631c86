package app.parallax.ui.library;

import app.parallax.model.Article;
import app.parallax.model.ArticleOrigin;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One line about an article for the library list: outlet, date, file, length, and how it was read when
 * that is worth knowing (a web page or PDF, a charset that was guessed rather than stated).
 */
final class ArticleSummary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ArticleSummary() {
    }

    static String of(Article a) {
        int words = a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length;
        return Stream.of(a.metadata().outlet(), a.metadata().date().map(DATE::format),
                        Optional.of(a.file().getFileName().toString()),
                        Optional.of(String.format(Locale.ROOT, "%,d words", words)), howRead(a.origin()))
                .flatMap(Optional::stream)
                .collect(Collectors.joining(" · "));
    }

    /** Nothing for a clean UTF-8 text file, the usual case; else the kind of file and its charset. */
    static Optional<String> howRead(ArticleOrigin origin) {
        boolean plain = origin.format() == ArticleOrigin.Format.TEXT || origin.format() == ArticleOrigin.Format.MARKDOWN;
        boolean utf8 = origin.charset().equals("UTF-8");
        if (plain && utf8) {
            return Optional.empty();
        }
        if (origin.format() == ArticleOrigin.Format.PDF) {
            return Optional.of("PDF");
        }
        return Optional.of(plain ? origin.charset() : origin.format().label() + ", " + origin.charset());
    }
}
