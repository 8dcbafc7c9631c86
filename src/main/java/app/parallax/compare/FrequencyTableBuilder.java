package app.parallax.compare;

import app.parallax.text.Terms;
import app.parallax.text.WordTokenizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Counts in how many documents of a corpus folder each term occurs; writes the table {@link DocumentFrequencies} reads. */
public final class FrequencyTableBuilder {

    /** Terms seen in fewer documents are left out: they are as rare as unseen ones. */
    private static final int MIN_DOCUMENTS = 2;

    public int write(Path corpus, PrintStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT"))
                    .sorted().toList();
        }
        WordTokenizer tokenizer = new WordTokenizer();
        Terms terms = new Terms();
        Set<String> seenTexts = new HashSet<>();
        Map<String, Integer> df = new TreeMap<>();
        int documents = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (!seenTexts.add(text)) {
                continue; // the BBC corpus holds byte-for-byte duplicates
            }
            documents++;
            Set<String> unique = new HashSet<>();
            terms.terms(tokenizer.words(text)).forEach(t -> unique.add(t.stem()));
            unique.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        out.println("# document frequencies of Parallax terms; made by: parallax frequencies " + corpus.getFileName());
        out.println("#documents\t" + documents);
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= MIN_DOCUMENTS && !e.getKey().contains("\t")) {
                out.println(e.getKey() + "\t" + e.getValue());
            }
        }
        return documents;
    }
}
