package app.parallax.cli;

import app.parallax.Seeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as scripts use it: the JSON contract, the pairs format, and one-line failures. */
class CommandLineTest {

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParallaxCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void compareAsJsonFollowsTheContract() throws IOException {
        Run r = run("compare", Seeds.file("001").toString(), Seeds.file("004").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("The Moscow Times", json.at("/right/outlet").asText());
        assertEquals("2022-01-28", json.at("/right/date").asText());
        assertTrue(json.at("/left/outlet").isNull());
        String leftText = Files.readString(Seeds.file("001"));
        for (String field : new String[] {"quotes", "claims", "phrases"}) {
            assertTrue(json.get(field).isArray(), field);
        }
        JsonNode quote = json.get("quotes").get(0);
        int start = quote.at("/left/start").asInt();
        int end = quote.at("/left/end").asInt();
        assertEquals(leftText.substring(start, end), quote.at("/left/text").asText());
        assertTrue(quote.get("similarity").asDouble() > 0 && quote.get("similarity").asDouble() <= 1);
        assertTrue(quote.get("diff").get(0).has("op"));
        assertTrue(quote.at("/speaker").has("left"));
        for (JsonNode claim : json.get("claims")) {
            assertTrue(claim.has("verbatim"));
        }
        boolean conflict = false;
        for (JsonNode claim : json.get("claims")) {
            if (!claim.get("conflict").isNull()) {
                assertEquals("figures", claim.at("/conflict/kind").asText());
                conflict |= claim.at("/conflict/left").asText().equals("More than 100,000")
                        && claim.at("/conflict/right").asText().equals("some 100,000");
            }
        }
        assertTrue(conflict, "troops conflict in " + json.get("claims"));
        assertTrue(json.at("/unique/left").isArray());
        assertTrue(json.at("/boilerplate/left").get(0).has("text"));
    }

    @Test
    void minSimilarityMakesMatchingStricter() throws Exception {
        Run strict = run("compare", Seeds.file("001").toString(), Seeds.file("004").toString(), "--format", "json",
                "--min-similarity", "0.95");
        assertEquals(0, strict.code(), strict.err());
        for (JsonNode claim : new com.fasterxml.jackson.databind.ObjectMapper().readTree(strict.out()).get("claims")) {
            assertTrue(claim.get("similarity").asDouble() >= 0.95, claim.toString());
        }
        Run wrong = run("compare", Seeds.file("001").toString(), Seeds.file("004").toString(), "--min-similarity", "1.5");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("--min-similarity must lie between 0 and 1"), wrong.err());
    }

    @Test
    void compareAsTextIsReadable() {
        Run r = run("compare", Seeds.file("000").toString(), Seeds.file("004").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[main → fundamental]"), r.out());
        assertTrue(r.out().contains("Only in the left article"));
    }

    @Test
    void pairsPrintsScoreAndVerdictPerLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pairs.tsv");
        Files.writeString(file, "The US and NATO did not take into account Russia's main concerns.\t"
                + "The American and NATO responses didn't take into account Russia's fundamental concerns.\n"
                + "Russia annexed Crimea in 2014.\tFollow us on Google News to stay informed.\n", StandardCharsets.UTF_8);
        Run r = run("pairs", file.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches("0\\.\\d{4}\tsame|1\\.0000\tsame"), lines[0]);
        assertTrue(lines[1].matches("0\\.\\d{4}\tdifferent"), lines[1]);
    }

    @Test
    void aMissingFileIsOneClearLine() {
        Run r = run("compare", "no/such/article.txt", Seeds.file("004").toString());
        assertNotEquals(0, r.code());
        assertOneLine(r.err(), "no such file");
    }

    @Test
    void binaryAndEmptyFilesAreRefused(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Run r = run("compare", binary.toString(), Seeds.file("004").toString());
        assertNotEquals(0, r.code());
        assertOneLine(r.err(), "binary");
        r = run("compare", Seeds.file("004").toString(), empty.toString());
        assertNotEquals(0, r.code());
        assertOneLine(r.err(), "empty");
    }

    @Test
    void anArticleOverAQuarterOfAMillionCharactersIsCompared(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.txt");
        Files.writeString(huge, "Russia annexed Crimea in 2014. ".repeat(9_000), StandardCharsets.UTF_8);
        Run r = run("compare", huge.toString(), Seeds.file("004").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("left").get("length").asInt() > 250_000);
    }

    @Test
    void wrongArgumentsAreOneClearLine() {
        Run r = run("compare", Seeds.file("004").toString());
        assertEquals(2, r.code());
        assertOneLine(r.err(), "RIGHT");
        r = run("compare", "a", "b", "--format", "xml");
        assertEquals(2, r.code());
        assertOneLine(r.err(), "--format");
        r = run("frobnicate");
        assertEquals(2, r.code());
        assertOneLine(r.err(), "frobnicate");
        r = run();
        assertEquals(2, r.code());
        assertOneLine(r.err(), "name a command");
    }

    @Test
    void anOutputThatIsANamedPipeIsWrittenToAndStaysAPipe(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("report.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Run r = run("compare", Seeds.file("001").toString(), Seeds.file("004").toString(), "--format", "json",
                "-o", fifo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(read.get(60, java.util.concurrent.TimeUnit.SECONDS).contains("\"claims\""));
        assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo), "still a pipe, not replaced by a file");
        assertTrue(Files.list(dir).allMatch(f -> f.equals(fifo)), "no temporary file left beside it");
    }

    @Test
    void pairsRejectsAMalformedLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pairs.tsv");
        Files.writeString(file, "only one sentence here\n");
        Run r = run("pairs", file.toString());
        assertNotEquals(0, r.code());
        assertOneLine(r.err(), ":1: expected two sentences");
    }

    private static void assertOneLine(String err, String fragment) {
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains(fragment), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }
}
