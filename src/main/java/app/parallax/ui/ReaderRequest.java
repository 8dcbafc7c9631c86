package app.parallax.ui;

import app.parallax.ui.pair.ReaderPreferences;
import app.parallax.ui.pair.ReaderViewModel;
import app.parallax.ui.pair.Match;
import app.parallax.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the reader was asked to open: {@code parallax} (the last folder, or {@code articles/} here),
 * {@code parallax FOLDER}, or {@code parallax FILE…} ("Open with Parallax"): the folder of the first file,
 * with the first two files side by side, or one file beside the article shown last.
 */
record ReaderRequest(Optional<Path> folder, List<Path> files) {

    ReaderRequest {
        files = List.copyOf(files);
    }

    static ReaderRequest of(List<String> arguments) {
        Optional<Path> folder = Optional.empty();
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                folder = Optional.of(path);
            } else {
                files.add(path);
            }
        }
        return new ReaderRequest(folder, files);
    }

    /** The folder for the library: the one named, else that of the first file, else the remembered one. */
    Path folder(ReaderPreferences preferences) {
        if (folder.isPresent()) {
            return folder.get();
        }
        if (!files.isEmpty() && files.get(0).getParent() != null) {
            return files.get(0).getParent();
        }
        Path articles = Path.of("articles");
        if (Files.isDirectory(articles) || preferences.folder().isEmpty()) {
            return articles;
        }
        return preferences.folder().get();
    }

    /** Starts the reader on the request, comparing only the pair asked for, not first the remembered one. */
    void open(ReaderViewModel model, ReaderPreferences preferences) {
        if (files.size() >= 2) {
            preferences.pair(files.get(0), files.get(1));
        } else if (files.size() == 1) {
            // "Open with" on one file: beside the article the reader showed last, if that was another one.
            Path file = files.get(0);
            preferences.pair().flatMap(p -> Stream.of(p.right(), p.left()).filter(f -> !same(f, file)).findFirst())
                    .ifPresent(partner -> preferences.pair(file, partner));
        }
        model.start(folder(preferences));
        if (files.isEmpty()) {
            return;
        }
        Path left = files.get(0);
        Optional<Path> right = files.size() >= 2 ? Optional.of(files.get(1)) : partnerFor(left, model);
        if (right.isEmpty() || showing(model, left, right.get())) {
            return;
        }
        model.showFiles(left, right.get());
    }

    /** For a single file: the article already on screen that is not this file, else the library's first. */
    private static Optional<Path> partnerFor(Path file, ReaderViewModel model) {
        List<Article> candidates = new ArrayList<>();
        for (Article a : new Article[] {model.rightProperty().get(), model.leftProperty().get()}) {
            if (a != null) {
                candidates.add(a);
            }
        }
        candidates.addAll(model.library().articles());
        return candidates.stream().map(Article::file).filter(f -> !same(f, file)).findFirst();
    }

    private static boolean showing(ReaderViewModel model, Path left, Path right) {
        Article l = model.leftProperty().get();
        Article r = model.rightProperty().get();
        return l != null && r != null && same(l.file(), left) && same(r.file(), right);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
