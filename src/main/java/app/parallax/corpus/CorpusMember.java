package app.parallax.corpus;

import app.parallax.model.Article;
import app.parallax.model.Span;

/** One passage of one article of a library, as a member of a group or as something only its outlet says. */
public record CorpusMember(Article article, Span span) {

    public String text() {
        return span.text();
    }
}
