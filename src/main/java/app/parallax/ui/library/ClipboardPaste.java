package app.parallax.ui.library;

import java.io.File;
import javafx.scene.input.Clipboard;

/**
 * "Paste as article" (Ctrl+Shift+V): what the clipboard holds becomes a new article in the library. Files
 * copied in a file manager are imported; otherwise HTML is preferred to plain text, because a copy from a
 * browser carries the headline and paragraphs in it.
 */
public final class ClipboardPaste {

    private ClipboardPaste() {
    }

    public static void paste(LibraryViewModel library) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            library.importFiles(clipboard.getFiles().stream().map(File::toPath).toList());
            return;
        }
        library.pasteAsArticle(clipboard.hasString() ? clipboard.getString() : null,
                clipboard.hasHtml() ? clipboard.getHtml() : null);
    }
}
