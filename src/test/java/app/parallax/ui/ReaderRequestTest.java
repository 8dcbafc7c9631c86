package app.parallax.ui;

import static app.parallax.ui.pair.Fixtures.LEFT;
import static app.parallax.ui.pair.Fixtures.RIGHT;
import static app.parallax.ui.pair.Fixtures.THIRD;
import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.ui.pair.Fixtures;
import app.parallax.ui.pair.ReaderPreferences;
import app.parallax.ui.pair.ReaderViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax FILE…} and {@code parallax FOLDER}: what the reader opens and what it compares first. */
class ReaderRequestTest {

    private final Fixtures.RecordingComparer comparer = new Fixtures.RecordingComparer();
    private final ReaderPreferences prefs = Fixtures.preferences("request");
    private final ReaderViewModel vm = new ReaderViewModel(Fixtures.source(List.of(LEFT, RIGHT, THIRD)), comparer,
            new app.parallax.ui.background.ManualBackground(), prefs);

    @Test
    void twoFilesAreShownSideBySideAndAreTheOnlyPairCompared() {
        ReaderRequest request = ReaderRequest.of(List.of("/library/c.txt", "/library/a.txt"));
        request.open(vm, prefs);
        assertThat(vm.library().folderProperty().get()).isEqualTo(Path.of("/library"));
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
        assertThat(vm.rightProperty().get()).isSameAs(LEFT);
        assertThat(comparer.asked).containsExactly("c.txt|a.txt");
    }

    @Test
    void oneFileOpensBesideTheArticleShownLastTime() {
        prefs.pair(LEFT.file(), RIGHT.file());
        ReaderRequest.of(List.of("/library/c.txt")).open(vm, prefs);
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
        assertThat(vm.rightProperty().get()).isSameAs(RIGHT);
        assertThat(comparer.asked).containsExactly("c.txt|b.txt");
    }

    @Test
    void oneFileThatWasShownLastTimeKeepsItsOldPartner() {
        prefs.pair(LEFT.file(), THIRD.file());
        ReaderRequest.of(List.of("/library/c.txt")).open(vm, prefs);
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
        assertThat(vm.rightProperty().get()).isSameAs(LEFT);
    }

    @Test
    void oneFileWithNothingRememberedOpensBesideAnotherArticleOfItsFolder() {
        ReaderRequest.of(List.of("/library/b.txt")).open(vm, prefs);
        assertThat(vm.leftProperty().get()).isSameAs(RIGHT);
        assertThat(vm.rightProperty().get()).isSameAs(LEFT);
        assertThat(comparer.asked).containsExactly("a.txt|b.txt", "b.txt|a.txt");
    }

    @Test
    void aFolderIsOpenedAsTheLibrary(@TempDir Path folder) {
        ReaderRequest request = ReaderRequest.of(List.of(folder.toString()));
        assertThat(request.folder()).isEqualTo(Optional.of(folder.toAbsolutePath().normalize()));
        assertThat(request.files()).isEmpty();
        assertThat(request.folder(prefs)).isEqualTo(folder.toAbsolutePath().normalize());
    }

    @Test
    void filesOpenTheirOwnFolderEvenWhenAnotherWasUsedLastTime() {
        prefs.folder(Path.of("/elsewhere"));
        assertThat(ReaderRequest.of(List.of("/library/a.txt")).folder(prefs)).isEqualTo(Path.of("/library"));
    }
}
