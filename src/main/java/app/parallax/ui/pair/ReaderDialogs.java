package app.parallax.ui.pair;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.print.PrinterJob;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system dialogs the window opens: folders, files, where to save, the printer. An interface so that the
 * window tests can answer them (a native dialog cannot be driven headless).
 */
public interface ReaderDialogs {

    Optional<Path> chooseFolder(Window owner, Optional<Path> from);

    List<Path> chooseFiles(Window owner, Optional<Path> from);

    Optional<Path> chooseSaveTarget(Window owner, Optional<Path> from, String suggestedName);

    /** A printer job, or empty when the computer has no printer. */
    Optional<PrinterJob> printerJob();

    /** The JavaFX dialogs. */
    ReaderDialogs SYSTEM = new ReaderDialogs() {
        @Override
        public Optional<Path> chooseFolder(Window owner, Optional<Path> from) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of articles");
            from.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }

        @Override
        public List<Path> chooseFiles(Window owner, Optional<Path> from) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open one or two articles");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            from.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> chooseSaveTarget(Window owner, Optional<Path> from, String suggestedName) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the comparison as HTML");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html"));
            from.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<PrinterJob> printerJob() {
            return Optional.ofNullable(PrinterJob.createPrinterJob());
        }
    };
}
