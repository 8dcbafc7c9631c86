package app.parallax.ui.pair;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, View, Go, Help. Every item names its key; the keys also work without the menu. */
final class ReaderMenus {

    /** What the menus ask the window to do. */
    interface Commands {
        void openFolder();

        void openFiles();

        void pasteArticle();

        void exportHtml();

        void exportCorpus();

        void print();

        void quit();

        void find();

        void copyMatch();

        void showShortcuts();

        void showAbout();
    }

    private ReaderMenus() {
    }

    static MenuBar create(ReaderViewModel model, Commands commands) {
        MenuBar bar = new MenuBar(file(model, commands), edit(commands), view(model), go(model), help(commands));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu file(ReaderViewModel model, Commands c) {
        Menu recent = new Menu("Recent folders");
        recent.setId("menu-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path folder : model.recentFolders()) {
                MenuItem item = new MenuItem(folder.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> model.openFolder(folder));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentFolders().addListener((ListChangeListener<Path>) ch -> fill.run());
        fill.run();
        Menu file = new Menu("_File", null,
                item("Open folder…", "menu-open-folder", shortcut(KeyCode.O), c::openFolder),
                item("Open files…", "menu-open-files", shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN), c::openFiles),
                item("Paste as article", "menu-paste-article", shortcut(KeyCode.V, KeyCombination.SHIFT_DOWN),
                        c::pasteArticle),
                recent,
                new SeparatorMenuItem(),
                item("Export comparison as HTML…", "menu-export", shortcut(KeyCode.E), c::exportHtml),
                item("Export who reports what as HTML…", "menu-export-corpus",
                        shortcut(KeyCode.E, KeyCombination.SHIFT_DOWN), c::exportCorpus),
                item("Print…", "menu-print", shortcut(KeyCode.P), c::print),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", shortcut(KeyCode.Q), c::quit));
        return file;
    }

    private static Menu edit(Commands c) {
        return new Menu("_Edit", null,
                item("Find in both articles…", "menu-find", shortcut(KeyCode.F), c::find),
                item("Copy match", "menu-copy-match", shortcut(KeyCode.C, KeyCombination.SHIFT_DOWN), c::copyMatch));
    }

    private static Menu view(ReaderViewModel model) {
        Menu layers = new Menu("Layers");
        for (Layer layer : Layer.values()) {
            CheckMenuItem on = new CheckMenuItem(layer.label());
            on.setId("menu-layer-" + layer.name().toLowerCase());
            on.selectedProperty().bindBidirectional(model.shownProperty(layer));
            layers.getItems().add(on);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode");
        presentation.setId("menu-presentation");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().bindBidirectional(model.presentationProperty());
        CheckMenuItem corpus = new CheckMenuItem("Who reports what (all articles)");
        corpus.setId("menu-corpus");
        corpus.setAccelerator(shortcut(KeyCode.M));
        corpus.selectedProperty().bindBidirectional(model.corpus().showingProperty());
        return new Menu("_View", null, corpus, new SeparatorMenuItem(), layers, dark, new SeparatorMenuItem(),
                item("Zoom in", "menu-zoom-in", shortcut(KeyCode.EQUALS), model::zoomIn),
                item("Zoom out", "menu-zoom-out", shortcut(KeyCode.MINUS), model::zoomOut),
                item("Actual size", "menu-zoom-reset", shortcut(KeyCode.DIGIT0), model::resetZoom),
                new SeparatorMenuItem(),
                item("Stricter matching", "menu-stricter", shortcut(KeyCode.CLOSE_BRACKET), model::stricter),
                item("Looser matching", "menu-looser", shortcut(KeyCode.OPEN_BRACKET), model::looser),
                new SeparatorMenuItem(), presentation);
    }

    private static Menu go(ReaderViewModel model) {
        return new Menu("_Go", null,
                item("Next match", "menu-next", new KeyCodeCombination(KeyCode.F8), model::selectNext),
                item("Previous match", "menu-previous", new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN),
                        model::selectPrevious),
                item("Next passage only in one article", "menu-next-unique", new KeyCodeCombination(KeyCode.F9),
                        model::selectNextUnique));
    }

    private static Menu help(Commands c) {
        return new Menu("_Help", null,
                item("Keyboard shortcuts", "menu-shortcuts", new KeyCodeCombination(KeyCode.F1), c::showShortcuts),
                item("About Parallax", "menu-about", null, c::showAbout));
    }

    private static KeyCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(key, all);
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(key);
        item.setOnAction(e -> action.run());
        return item;
    }
}
