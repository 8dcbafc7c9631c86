package app.parallax.ui.pair;

import java.util.List;

/** Every key of the reader, for the Help menu (docs/reader.md lists the same). */
final class Shortcuts {

    record Shortcut(String keys, String action) {
    }

    static final List<Shortcut> ALL = List.of(
            new Shortcut("F8 / Shift+F8", "next / previous match (wraps around)"),
            new Shortcut("F9", "next passage only in one article"),
            new Shortcut("Ctrl+F", "find in both articles; F3 / Shift+F3 or Enter: next / previous hit"),
            new Shortcut("Ctrl+Shift+C", "copy the selected match (both wordings, outlets, dates, similarity)"),
            new Shortcut("Ctrl+= or Ctrl++ / Ctrl+-", "zoom the whole window in / out (also Ctrl+mouse wheel)"),
            new Shortcut("Ctrl+0", "actual size"),
            new Shortcut("Ctrl+] / Ctrl+[", "stricter / looser matching (the bar for a shared claim, 30–90 %)"),
            new Shortcut("F5", "presentation mode (Esc leaves)"),
            new Shortcut("Ctrl+M", "who reports what: the claim × source matrix and pair heat map of the library (Esc: back to the pair)"),
            new Shortcut("Ctrl+O / Ctrl+Shift+O", "open a folder / one or two files"),
            new Shortcut("Ctrl+Shift+V", "paste the clipboard (text, a web page's HTML or files) as a new article"),
            new Shortcut("Ctrl+E", "export the comparison as an HTML page"),
            new Shortcut("Ctrl+Shift+E", "export who reports what (matrix and heat map) as an HTML page"),
            new Shortcut("Ctrl+P", "print both articles and the match list"),
            new Shortcut("F1", "this list"),
            new Shortcut("Ctrl+Q", "quit"));

    private Shortcuts() {
    }

    static String asText() {
        StringBuilder s = new StringBuilder();
        for (Shortcut k : ALL) {
            s.append(k.keys()).append("\t").append(k.action()).append('\n');
        }
        return s.toString();
    }
}
