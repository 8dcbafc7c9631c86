package app.parallax.model;

import java.time.LocalDate;
import java.util.Optional;

/** What an article says about itself: stated in its text, or given in a front matter block. */
public record ArticleMetadata(
        String title,
        Optional<String> outlet,
        Optional<LocalDate> date,
        Optional<String> byline,
        Optional<String> url) {

    public ArticleMetadata {
        title = title == null ? "" : title;
        outlet = outlet == null ? Optional.empty() : outlet;
        date = date == null ? Optional.empty() : date;
        byline = byline == null ? Optional.empty() : byline;
        url = url == null ? Optional.empty() : url;
    }

    public static ArticleMetadata titled(String title) {
        return new ArticleMetadata(title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
