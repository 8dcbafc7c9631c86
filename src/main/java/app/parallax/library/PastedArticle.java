package app.parallax.library;

import app.parallax.model.ArticleMetadata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An article pasted from the clipboard, as a Markdown file: YAML front matter with what is known (title,
 * outlet, date, byline, address, when it was pasted), then the text. From HTML the main text is taken as
 * from a saved page; plain text is kept as pasted, with line breaks made {@code \n}.
 */
record PastedArticle(String title, String markdown) {

    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    static Optional<PastedArticle> of(String plain, String html, LocalDateTime now) {
        String text;
        ArticleMetadata stated;
        if (html != null && !html.isBlank()) {
            WebPage.Extracted page = WebPage.extract(html);
            text = page.text();
            stated = page.metadata();
        } else {
            text = plain == null ? "" : plain.replace("\r\n", "\n").replace('\r', '\n');
            stated = ArticleMetadata.titled("");
        }
        if (text.isBlank() && plain != null && !plain.isBlank()) {
            text = plain.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        ArticleMetadata inferred = MetadataExtractor.extract(text, Path.of("pasted"));
        String title = stated.title().isBlank() ? inferred.title() : stated.title();
        Map<String, Object> matter = new LinkedHashMap<>();
        matter.put("title", title);
        stated.outlet().or(inferred::outlet).ifPresent(o -> matter.put("outlet", o));
        stated.date().or(inferred::date).ifPresent(d -> matter.put("date", d.toString()));
        stated.byline().or(inferred::byline).ifPresent(b -> matter.put("byline", b));
        stated.url().or(inferred::url).ifPresent(u -> matter.put("url", u));
        matter.put("pasted", now.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        return Optional.of(new PastedArticle(title, "---\n" + yaml(matter) + "---\n" + text));
    }

    private static String yaml(Map<String, Object> matter) {
        try {
            return YAML.writeValueAsString(matter);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
