package app.parallax.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Embeddings kept on disk: each run is a fresh embedder over the same cache folder, as a second process would be. */
class EmbeddingStoreTest {

    private static final List<String> SENTENCES = List.of(
            "Putin told Macron that the West ignored Russia's key security demands.",
            "Some 100,000 Russian troops are massed near the border with Ukraine.",
            "The Kremlin said the dialogue would continue.");

    @TempDir
    Path folder;

    private SentenceEmbedder run() {
        return new SentenceEmbedder(new EmbeddingStore(folder));
    }

    @Test
    void aSecondRunEmbedsNothingAndGetsTheSameVectors() {
        SentenceEmbedder first = run();
        List<float[]> vectors = first.embedAll(SENTENCES);
        assertEquals(3, first.encodedSentences());
        SentenceEmbedder second = run();
        List<float[]> again = second.embedAll(SENTENCES);
        assertEquals(0, second.encodedSentences());
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertArrayEquals(vectors.get(i), again.get(i));
        }
    }

    @Test
    void aChangedSentenceIsEmbeddedAgainAndOnlyIt() {
        run().embedAll(SENTENCES);
        SentenceEmbedder second = run();
        second.embedAll(List.of(SENTENCES.get(0), SENTENCES.get(1), "The Kremlin said the dialogue would go on."));
        assertEquals(1, second.encodedSentences());
    }

    @Test
    void aCorruptCacheFileIsRebuiltNotFatal() throws IOException {
        Path file = new EmbeddingStore(folder).file("e5-small-v2-q");
        Files.writeString(file, "this is not an embedding cache");
        SentenceEmbedder first = run();
        assertEquals(384, first.embedAll(SENTENCES).get(0).length);
        assertEquals(3, first.encodedSentences());
        SentenceEmbedder second = run();
        second.embedAll(SENTENCES);
        assertEquals(0, second.encodedSentences());
    }

    @Test
    void aTornWriteAtTheEndIsRebuiltNotFatal() throws IOException {
        run().embedAll(SENTENCES);
        Path file = new EmbeddingStore(folder).file("e5-small-v2-q");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 100));
        SentenceEmbedder second = run();
        second.embedAll(SENTENCES);
        assertEquals(3, second.encodedSentences());
        assertTrue(Files.size(file) >= whole.length, "rewritten whole");
    }

    @Test
    void theUserCacheFolderCanBeMovedByASystemProperty() {
        String before = System.getProperty(EmbeddingStore.FOLDER_PROPERTY);
        System.setProperty(EmbeddingStore.FOLDER_PROPERTY, folder.toString());
        try {
            assertEquals(folder, EmbeddingStore.inUserCache().folder());
        } finally {
            if (before == null) {
                System.clearProperty(EmbeddingStore.FOLDER_PROPERTY);
            } else {
                System.setProperty(EmbeddingStore.FOLDER_PROPERTY, before);
            }
        }
    }
}
