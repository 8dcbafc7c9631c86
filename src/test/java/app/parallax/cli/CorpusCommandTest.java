package app.parallax.cli;

import app.parallax.Seeds;
import app.parallax.compare.EmbeddingStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusCommandTest {

    @TempDir
    static Path cache;

    private static String before;

    @BeforeAll
    static void cacheInTemp() {
        before = System.getProperty(EmbeddingStore.FOLDER_PROPERTY);
        System.setProperty(EmbeddingStore.FOLDER_PROPERTY, cache.toString());
    }

    @AfterAll
    static void restore() {
        if (before == null) {
            System.clearProperty(EmbeddingStore.FOLDER_PROPERTY);
        } else {
            System.setProperty(EmbeddingStore.FOLDER_PROPERTY, before);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonListsArticlesGroupsAndUniqueWithTheArticlesOwnOffsets() throws Exception {
        Run r = run("corpus", Seeds.FOLDER.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(5, root.get("articles").size());
        assertEquals("The Moscow Times", root.get("articles").get(4).get("outlet").asText());
        JsonNode q1 = root.get("quotes").get(0);
        assertEquals("q1", q1.get("id").asText());
        assertEquals(4, q1.get("members").size());
        for (String kind : new String[] {"quotes", "claims"}) {
            for (JsonNode group : root.get(kind)) {
                for (JsonNode m : group.get("members")) {
                    String text = new app.parallax.library.ArticleReader().read(Path.of(m.get("file").asText())).text();
                    assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
                }
            }
        }
        assertEquals(43, root.get("unique").size());
        assertTrue(Files.list(cache).anyMatch(f -> f.getFileName().toString().startsWith("embeddings-")));
    }

    @Test
    void htmlIsAClaimBySourceMatrix(@TempDir Path out) throws Exception {
        Path page = out.resolve("corpus.html");
        Run r = run("corpus", Seeds.FOLDER.toString(), "--format", "html", "-o", page.toString());
        assertEquals(0, r.code(), r.err());
        Document doc = Jsoup.parse(Files.readString(page));
        var header = doc.select("table.claims thead th");
        assertEquals(7, header.size());
        assertEquals("Gist", header.get(0).text());
        assertEquals("The Moscow Times", header.get(6).text());
        var c1 = doc.select("table.claims tr#c1 td");
        assertEquals("4", c1.get(1).text());
        assertEquals(java.util.List.of("has", "has", "has", "none", "has"),
                c1.subList(2, 7).stream().map(td -> td.className()).toList(), "000, 001, 002 and 004 carry it, 003 not");
        assertTrue(c1.get(6).text().startsWith("President Vladimir Putin told French President Emmanuel Macron"));
    }

    @Test
    void aFolderWithFewerThanTwoArticlesIsOneClearLine(@TempDir Path folder) throws Exception {
        Files.copy(Seeds.file("004"), folder.resolve("only.txt"));
        Run r = run("corpus", folder.toString());
        assertEquals(1, r.code());
        assertEquals("parallax: " + folder + ": needs at least two readable articles", r.err().strip());
    }
}
