package app.parallax.library;

import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import java.nio.file.Path;

/**
 * Reads one article file as the reader will show it. {@link Article#text()} is the file's text with only
 * a front matter block and stray HTML tags taken out (and line breaks made {@code \n}); everything else is
 * kept as written, because every span the engine reports is an offset into that text.
 * Stateless, so one reader can serve any number of threads.
 */
public final class ArticleReader {

    public Article read(Path file) throws ArticleLoadException {
        String decoded = TextDecoder.decode(ArticleFile.bytes(file));
        TextContent.requireText(file, decoded);
        FrontMatter.Split split = FrontMatter.split(file, decoded);
        String text = InlineHtml.strip(split.body());
        if (text.isBlank()) {
            throw ArticleLoadException.about(file, "no article text (only front matter or markup)");
        }
        ArticleMetadata metadata = split.matter().over(MetadataExtractor.extract(text, file));
        return new Article(file, text, metadata);
    }
}
