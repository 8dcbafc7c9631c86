package app.parallax.library;

import java.nio.file.Path;

/**
 * A plain text file that is not an article (a list of sentence pairs, say), read with the same care: only
 * a regular file is opened, up to the size limit, and its bytes are decoded as articles are.
 */
public final class TextFile {

    private TextFile() {
    }

    public static String read(Path file) throws ArticleLoadException {
        String text = TextDecoder.decode(ArticleFile.bytes(file)).text();
        TextContent.requireText(file, text);
        return text;
    }
}
