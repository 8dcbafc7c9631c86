package app.parallax.library;

import app.parallax.model.ArticleMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF (Apache PDFBox), one paragraph per block the PDF lays out, each on one line with a
 * blank line between, as in a text article; a word hyphenated across a line break is joined again.
 * Metadata comes from the document information (title, author, creation date) where the text is silent.
 */
final class PdfText {

    private static final String PARAGRAPH = "\u2029";
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{Ll})-\\n(\\p{Ll})");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");

    /** The article text and what the document information states. */
    record Extracted(String text, ArticleMetadata documentInfo) {
    }

    private PdfText() {
    }

    static Extracted extract(Path file, byte[] bytes) throws ArticleLoadException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd(PARAGRAPH);
            stripper.setPageEnd(PARAGRAPH);
            String raw = stripper.getText(document);
            String text = Arrays.stream(raw.split(PARAGRAPH))
                    .map(PdfText::oneLine)
                    .filter(p -> !p.isEmpty())
                    .collect(Collectors.joining("\n\n"));
            if (text.isBlank()) {
                throw ArticleLoadException.about(file, "PDF has no text to read (a scanned PDF needs OCR first)");
            }
            return new Extracted(text + "\n", documentInfo(document.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw ArticleLoadException.about(file, "PDF is password-protected");
        } catch (IOException e) {
            throw ArticleLoadException.about(file, "not a readable PDF (" + firstLine(e.getMessage()) + ")");
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox meets damaged files with runtime exceptions too; they are still just unreadable files.
            throw ArticleLoadException.about(file, "not a readable PDF (damaged: " + e.getClass().getSimpleName() + ")");
        }
    }

    private static String oneLine(String paragraph) {
        String joined = HYPHENATED.matcher(paragraph.strip()).replaceAll("$1$2");
        return LINE_BREAKS.matcher(joined).replaceAll(" ").strip();
    }

    private static ArticleMetadata documentInfo(PDDocumentInformation info) {
        Optional<LocalDate> created = Optional.ofNullable(info.getCreationDate())
                .map(c -> c.toInstant().atZone(zone(c)).toLocalDate());
        return new ArticleMetadata(
                Optional.ofNullable(info.getTitle()).map(String::strip).orElse(""),
                Optional.empty(),
                created,
                Optional.ofNullable(info.getAuthor()).map(String::strip).filter(a -> !a.isEmpty()),
                Optional.empty());
    }

    private static java.time.ZoneId zone(Calendar c) {
        return c.getTimeZone() == null ? ZoneOffset.UTC : c.getTimeZone().toZoneId();
    }

    private static String firstLine(String message) {
        return message == null ? "damaged file" : message.lines().findFirst().orElse("damaged file").strip();
    }
}
