package app.parallax.library;

import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import app.parallax.model.ArticleOrigin;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one article file as the reader will show it. For a text or Markdown file {@link Article#text()} is
 * the file's text with only a front matter block and stray HTML tags taken out (and line breaks made
 * {@code \n}); everything else is kept as written, because every span the engine reports is an offset into
 * that text. A web page gives its main text, a PDF the text of its blocks. Only regular files are opened,
 * and only up to their format's size limit. Stateless, so one reader can serve any number of threads.
 */
public final class ArticleReader {

    public Article read(Path file) throws ArticleLoadException {
        FileFormat format = FileFormat.byName(file).orElse(FileFormat.TEXT);
        byte[] bytes = ArticleFile.bytes(file, format.sizeLimit());
        if (FileFormat.isPdf(bytes)) {
            return pdf(file, bytes);
        }
        if (format == FileFormat.PDF) {
            throw ArticleLoadException.about(file, bytes.length == 0 ? "empty file" : "not a PDF (no %PDF header)");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        TextContent.requireText(file, decoded.text());
        if (format == FileFormat.WEB_PAGE || WebPage.looksLikeHtml(decoded.text())) {
            return webPage(file, bytes, decoded);
        }
        FrontMatter.Split split = FrontMatter.split(file, decoded.text());
        String text = InlineHtml.strip(split.body());
        if (text.isBlank()) {
            throw ArticleLoadException.about(file, "no article text (only front matter or markup)");
        }
        ArticleMetadata metadata = split.matter().over(MetadataExtractor.extract(text, file));
        return new Article(file, text, metadata, origin(format, decoded));
    }

    private static Article webPage(Path file, byte[] bytes, TextDecoder.Decoded decoded) throws ArticleLoadException {
        TextDecoder.Decoded page = decoded;
        if (!decoded.charset().startsWith("UTF")) {
            // Not Unicode: the charset the page declares beats a statistical guess.
            Optional<Charset> declared = WebPage.declaredCharset(decoded.text());
            if (declared.isPresent()) {
                page = new TextDecoder.Decoded(new String(bytes, declared.get()).replace("\r\n", "\n"),
                        declared.get().name() + " (declared)", Optional.empty());
            }
        }
        WebPage.Extracted extracted = WebPage.extract(page.text());
        if (extracted.text().isBlank()) {
            throw ArticleLoadException.about(file, "no article text in this web page");
        }
        ArticleMetadata stated = extracted.metadata();
        ArticleMetadata inferred = MetadataExtractor.extract(extracted.text(), file);
        return new Article(file, extracted.text(), prefer(stated, inferred), origin(FileFormat.WEB_PAGE, page));
    }

    private static Article pdf(Path file, byte[] bytes) throws ArticleLoadException {
        PdfText.Extracted extracted = PdfText.extract(file, bytes);
        ArticleMetadata inferred = MetadataExtractor.extract(extracted.text(), file);
        ArticleMetadata info = extracted.documentInfo();
        // The text's own date is the publication date; a PDF's creation date is when someone printed it.
        ArticleMetadata metadata = new ArticleMetadata(
                info.title().isBlank() ? inferred.title() : info.title(),
                inferred.outlet(),
                inferred.date().or(info::date),
                info.byline().or(inferred::byline),
                inferred.url());
        return new Article(file, extracted.text(), metadata, new ArticleOrigin(ArticleOrigin.Format.PDF, "text layer",
                List.of()));
    }

    private static ArticleMetadata prefer(ArticleMetadata stated, ArticleMetadata inferred) {
        return new ArticleMetadata(
                stated.title().isBlank() ? inferred.title() : stated.title(),
                stated.outlet().or(inferred::outlet),
                stated.date().or(inferred::date),
                stated.byline().or(inferred::byline),
                stated.url().or(inferred::url));
    }

    private static ArticleOrigin origin(FileFormat format, TextDecoder.Decoded decoded) {
        return new ArticleOrigin(format.origin(), decoded.charset(), decoded.warning().stream().toList());
    }
}
