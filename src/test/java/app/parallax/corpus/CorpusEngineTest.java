package app.parallax.corpus;

import app.parallax.Seeds;
import app.parallax.compare.ComparisonEngine;
import app.parallax.compare.EmbeddingStore;
import app.parallax.compare.SentenceEmbedder;
import app.parallax.model.Article;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reports what across the five seed articles, asserted group by group. */
class CorpusEngineTest {

    @TempDir
    static Path cache;

    private static List<Article> seeds;
    private static ComparisonEngine engine;
    private static Corpus corpus;

    @BeforeAll
    static void analyse() {
        seeds = Stream.of("000", "001", "002", "003", "004").map(Seeds::article).toList();
        engine = new ComparisonEngine(new SentenceEmbedder(new EmbeddingStore(cache)));
        corpus = new CorpusEngine(engine, cache).analyse(seeds);
    }

    private static List<String> seedsOf(CorpusGroup g) {
        return g.members().stream().map(m -> m.article().file().getFileName().toString().substring(0, 3)).toList();
    }

    @Test
    void theKremlinStatementIsOneQuoteGroupOfFourOutlets() {
        CorpusGroup q1 = corpus.quotes().get(0);
        assertEquals("q1", q1.id());
        assertEquals(List.of("000", "001", "002", "004"), seedsOf(q1));
        assertEquals(List.of(
                "the US and NATO responses did not take into account Russia’s main concerns",
                "The responses of the United States and NATO did not take into account the fundamental concerns of Russia",
                "The US and NATO did not care to address Russia's fundamental concerns, including preventing NATO’s "
                        + "expansion and refusing to deploy assault weapons near Russia's borders",
                "The American and NATO responses didn't take into account Russia's fundamental concerns"),
                q1.members().stream().map(CorpusMember::text).toList());
        assertEquals("The American and NATO responses didn't take into account Russia's fundamental concerns", q1.gist().text());
        assertEquals(List.of(643, 313, 755, 895), q1.members().stream().map(m -> m.span().start()).toList());
    }

    @Test
    void thePutinMacronCallReportedBy001And002And004IsOneClaimGroup() {
        CorpusGroup c1 = corpus.claims().get(0);
        assertEquals(List.of("000", "001", "002", "004"), seedsOf(c1));
        assertEquals(List.of(237, 68, 345, 172), c1.members().stream().map(m -> m.span().start()).toList());
        assertTrue(c1.gist().text().startsWith("(Moscow) Russian President Vladimir Putin complained to his French"));
        assertEquals(1, corpus.claims().stream().filter(g -> seedsOf(g).size() > 2).count(), "one claim of more than two");
    }

    @Test
    void whatOnly003SaysAmongTheFive() {
        List<String> only003 = corpus.unique().stream()
                .filter(m -> m.article().equals(seeds.get(3))).map(CorpusMember::text).toList();
        assertEquals(List.of(
            "This was stated by President Vladimir Putin at a press conference in the Kremlin after a five-hour meeting with Hungarian Prime Minister Viktor Orban.",
            "He referred to the Russians’ demands that Ukraine and other countries in Eastern Europe could not join NATO.",
            "Nor does Russia want NATO to be able to build military bases in countries close to Russia’s borders.",
            "The Russian authorities also demand that NATO not have offensive weapons systems in Eastern Europe.",
            "Putin specifically mentioned US missiles.",
            "The Russian president has repeatedly stated that Western leaders in the 1990s gave the Russians verbal promises that NATO would not expand eastward.",
            "“They said one thing and did a completely different thing, in short, they deceived us,” Putin claimed.",
            "He stressed that NATO has American missile systems like Poland and Romania, and that Ukraine could become the next member of the defense alliance.",
            "Tanks from Poland, Italy, Canada and the USA will participate in a NATO maneuver at a training ground in Kadaga in Latvia in September this year.",
            "Putin also claimed that the Ukrainian authorities want to restore Crimea by military force.",
            "Russia annexed Crimea in 2014.",
            "The Russian president asked, if Ukraine becomes a member of NATO and launches an attack on Crimea, then Russia will go to war against NATO.",
            "Despite saying that Western countries reject the most important demands of the Russians, Putin seems to want to continue negotiations.",
            "– I hope the dialogue will continue and I want to find a solution that works for everyone, said the president.",
            "But he added that it would not be easy to find such a solution.",
            "According to the president, it is likely that French President Emmanuel Macron will come to Moscow soon to discuss the situation in Ukraine.",
            "US Secretary of State Anthony Blinken spoke by phone with his Russian counterpart Sergei Lavrov today about the tense situation.",
            "This conversation only lasted 30 minutes.",
            "After that, Lavrov said, according to Agence France-Presse, that the United States was ready to discuss Russia’s security demands.",
            "US authorities say that no date has been set for a new meeting between the two foreign ministers.",
            "Reuters reported that the Russian authorities are still working on an official response after the United States and NATO last week responded in writing to the Russians’ demands for security guarantees."), only003);
    }

    @Test
    void everyMemberIsItsArticlesOwnTextAndEachGroupHasOnePassagePerArticle() {
        for (CorpusGroup g : Stream.concat(corpus.quotes().stream(), corpus.claims().stream()).toList()) {
            Set<Article> seen = new HashSet<>();
            for (CorpusMember m : g.members()) {
                assertEquals(m.text(), m.article().text().substring(m.span().start(), m.span().end()));
                assertTrue(seen.add(m.article()), g.id() + " has two passages of " + m.article().file());
            }
            assertTrue(g.members().contains(g.gist()));
        }
        for (CorpusMember m : corpus.unique()) {
            assertFalse(corpus.claims().stream().anyMatch(g -> g.members().contains(m)), m.text());
        }
    }

    @Test
    void everyClaimThePairViewMatchesIsInOneGroup() {
        for (int i = 0; i < seeds.size(); i++) {
            for (int j = i + 1; j < seeds.size(); j++) {
                Comparison c = engine.compare(seeds.get(i), seeds.get(j));
                for (ClaimMatch m : c.claims()) {
                    CorpusMember a = new CorpusMember(seeds.get(i), m.left());
                    CorpusMember b = new CorpusMember(seeds.get(j), m.right());
                    assertTrue(corpus.claims().stream().anyMatch(g -> g.members().contains(a) && g.members().contains(b)),
                            a.text() + " ~ " + b.text());
                }
            }
        }
    }

    @Test
    void aSecondOpenOfTheLibraryEmbedsNothing() {
        SentenceEmbedder again = new SentenceEmbedder(new EmbeddingStore(cache));
        Corpus second = new CorpusEngine(new ComparisonEngine(again), cache).analyse(seeds);
        assertEquals(0, again.encodedSentences());
        assertEquals(corpus.claims().size(), second.claims().size());
        assertEquals(corpus.unique(), second.unique());
    }

    @Test
    void theHnswIndexFindsTheSameCorpusAsTheExactSearch(@TempDir Path indexes) {
        Corpus approximate = new CorpusEngine(engine, indexes, 0).analyse(seeds);
        assertEquals(texts(corpus.quotes()), texts(approximate.quotes()));
        assertEquals(texts(corpus.claims()), texts(approximate.claims()));
        assertEquals(corpus.unique(), approximate.unique());
        try (Stream<Path> files = java.nio.file.Files.list(indexes.resolve("indexes"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("passages-")).count(),
                    "one index for the library, beside the cache");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anArticleOnAnotherSubjectIsComparedWithNothingAndAllItsPassagesAreItsOwn() throws Exception {
        Article sport = new app.parallax.library.ArticleReader().read(Path.of("src/test/resources/corpus/bbc-sport-001.txt"));
        List<Article> library = new java.util.ArrayList<>(seeds);
        library.add(sport);
        int[] compared = new int[1];
        Corpus mixed = new CorpusEngine(engine, cache).analyse(library, (done, total) -> compared[0] = total);
        assertEquals(10, compared[0], "the ten pairs of seeds, and none with the hurdler");
        List<String> sportsOwn = mixed.unique().stream().filter(m -> m.article().equals(sport)).map(CorpusMember::text).toList();
        assertEquals("British hurdler Sarah Claxton is confident she can win her first major medal at next month's "
                + "European Indoor Championships in Madrid.", sportsOwn.get(0));
        assertEquals(engine.compare(sport, seeds.get(0)).unique().left(), mixed.unique().stream()
                .filter(m -> m.article().equals(sport)).map(CorpusMember::span).toList());
        assertEquals(texts(corpus.claims()), texts(mixed.claims()));
    }

    private static List<List<String>> texts(List<CorpusGroup> groups) {
        return groups.stream().map(g -> g.members().stream().map(CorpusMember::text).toList()).toList();
    }

    @Test
    void onAnAnnotatedTripletTheSameQuoteInTwoOutletsIsOneGroupWithEachOutletsOwnWording() throws Exception {
        List<Article> triplet = app.parallax.library.ArticleLibrary.load(Path.of("src/test/resources/news/cluster-0007"))
                .articles();
        Corpus c = new CorpusEngine(engine, cache).analyse(triplet);
        CorpusGroup beat = c.quotes().stream().filter(g -> g.gist().text().contains("beat him straight up")).findFirst()
                .orElseThrow(() -> new AssertionError("no group for the quote in " + c.quotes()));
        assertEquals(List.of("I'd like to beat him straight up", "I’d like to beat him straight up"),
                beat.members().stream().map(CorpusMember::text).toList());
        assertEquals(List.of("02-fox.txt", "03-hpo.txt"),
                beat.members().stream().map(m -> m.article().file().getFileName().toString()).toList());
        assertEquals(List.of(1693, 440), beat.members().stream().map(m -> m.span().start()).toList());
        CorpusGroup birthers = c.quotes().stream().filter(g -> g.gist().text().equals("birthers")).findFirst().orElseThrow();
        assertEquals(2, birthers.sources(), "a one-word quote both outlets quote identically");
        assertTrue(c.unique().stream().noneMatch(m -> m.text().contains("beat him straight up")));
    }
}

