package app.parallax.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parallax.model.Article;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning bytes into displayed text, and every way a file can fail to be an article. */
class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Article article = reader.read(write("bom.txt", concat(bom, utf8("Headline\n\nBody’s text."))));

        assertEquals("Headline\n\nBody’s text.", article.text());
        assertEquals("Headline", article.title());
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws Exception {
        assertEquals("Headline\nCafé", textOf("\uFEFFHeadline\nCafé".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void latin1FileIsDecoded() throws Exception {
        String text = "Le président français a déclaré à la presse que la réunion était très importante.\n"
                + "Après une longue discussion, les ministres ont signé l'accord à Genève.\n";

        assertEquals(text, textOf(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void windows1252CurlyQuotesAreDecoded() throws Exception {
        String text = "Putin said “the West ignored Russia’s concerns” – again.\n";

        assertEquals(text, textOf(text.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void lineBreaksBecomeNewlines() throws Exception {
        assertEquals("Title\n\nOne.\nTwo.\n", textOf(utf8("Title\r\n\r\nOne.\rTwo.\n")));
    }

    @Test
    void oddSpacingIsKept() throws Exception {
        String text = "  \n\n  Title  \n\tIndented\u00A0line   \n\n\n";
        Article article = reader.read(write("spaces.txt", utf8(text)));

        assertEquals(text, article.text());
        assertEquals("Title", article.title());
    }

    @Test
    void fileNameIsTheTitleWhenNoLineIs() throws Exception {
        assertEquals("untitled-piece", reader.read(write("untitled-piece.md", utf8("Posted at 7:06\n"))).title());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        assertRefused("not a text file (binary content)",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    }

    @Test
    void controlCharactersWithoutNulAreBinary() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }
        assertRefused("not a text file (binary content)", bytes);
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused("empty file", new byte[0]);
    }

    @Test
    void whitespaceOnlyFileIsRefused() throws Exception {
        assertRefused("contains only whitespace", utf8(" \n\t\r\n  "));
    }

    @Test
    void missingFileIsRefused() {
        Path file = dir.resolve("nowhere.txt");

        assertEquals(file + ": no such file", failure(file));
    }

    @Test
    void folderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));

        assertEquals(folder + ": is a folder, not a file", failure(folder));
    }

    @Test
    void tooLargeFileSaysSizeAndLimit() throws Exception {
        byte[] bytes = new byte[(int) ArticleFile.SIZE_LIMIT + 512 * 1024];
        Arrays.fill(bytes, (byte) 'a');

        assertRefused("too large (5.5 MB; the limit is 5 MB)", bytes);
    }

    @Test
    void markupOnlyFileHasNoText() throws Exception {
        assertRefused("no article text (only front matter or markup)", utf8("<p></p>\n"));
    }

    @Test
    void errorMessagesAreOneLine() throws Exception {
        Path file = write("bad.md", utf8("---\ntitle: [unclosed\n---\nText\n"));

        String message = failure(file);

        assertTrue(message.startsWith(file + ": "), message);
        assertFalse(message.contains("\n"), message);
    }

    private String textOf(byte[] bytes) throws IOException, ArticleLoadException {
        return reader.read(write("article.txt", bytes)).text();
    }

    private void assertRefused(String problem, byte[] bytes) throws IOException {
        Path file = write("refused.txt", bytes);

        assertEquals(file + ": " + problem, failure(file));
    }

    private String failure(Path file) {
        return assertThrows(ArticleLoadException.class, () -> reader.read(file)).getMessage();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
