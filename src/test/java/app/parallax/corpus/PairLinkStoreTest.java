package app.parallax.corpus;

import app.parallax.Seeds;
import app.parallax.model.Article;
import app.parallax.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compared pairs kept between runs: found again, missed when an article changed, rebuilt when damaged. */
class PairLinkStoreTest {

    private final Article left = Seeds.article("001");
    private final Article right = Seeds.article("004");

    private CorpusEngine.PairLinks links() {
        String kremlin = "The responses of the United States and NATO did not take into account the fundamental concerns of Russia";
        String kremlin4 = "The American and NATO responses didn't take into account Russia's fundamental concerns";
        CorpusMember a = member(left, kremlin);
        CorpusMember b = member(right, kremlin4);
        CorpusMember only = member(left, "Updated at 8:46 a.m.");
        return new CorpusEngine.PairLinks(left, right, List.of(new PassageGroups.Link(a, b, 0.93)), List.of(), List.of(only));
    }

    private static CorpusMember member(Article article, String text) {
        int start = article.text().indexOf(text);
        return new CorpusMember(article, Span.of(article.text(), start, start + text.length()));
    }

    @Test
    void aStoredPairIsFoundByANewStoreWithTheSameSpans(@TempDir Path dir) {
        new PairLinkStore(dir, "engine1").put(links());
        CorpusEngine.PairLinks again = new PairLinkStore(dir, "engine1").get(left, right).orElseThrow();
        assertEquals(links(), again);
        assertTrue(new PairLinkStore(dir, "engine2").get(left, right).isEmpty(), "another engine decides afresh");
    }

    @Test
    void aChangedArticleIsComparedAfresh(@TempDir Path dir) {
        new PairLinkStore(dir, "engine1").put(links());
        Article edited = new Article(left.file(), left.text() + " One more sentence.", left.metadata(), left.origin());
        assertTrue(new PairLinkStore(dir, "engine1").get(edited, right).isEmpty());
    }

    @Test
    void aDamagedStoreIsStartedAfreshNotFatal(@TempDir Path dir) throws Exception {
        new PairLinkStore(dir, "engine1").put(links());
        Path file = dir.resolve("pair-links-engine1.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        PairLinkStore damaged = new PairLinkStore(dir, "engine1");
        assertTrue(damaged.get(left, right).isEmpty());
        damaged.put(links());
        assertEquals(links(), new PairLinkStore(dir, "engine1").get(left, right).orElseThrow());
    }
}
