package app.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How rare each term is in ordinary news: document frequencies of {@link app.parallax.text.Terms} stems
 * over the BBC News corpus (2,225 articles, Greene and Cunningham 2006), shipped as a resource and made by
 * {@code parallax frequencies ../shared/data/bbc}. A shared rare word ("indivisibility") says more than a
 * shared common one ("said").
 */
public final class DocumentFrequencies {

    static final String RESOURCE = "document-frequencies.tsv";

    private final int documents;
    private final Map<String, Integer> frequencies;

    DocumentFrequencies(int documents, Map<String, Integer> frequencies) {
        this.documents = documents;
        this.frequencies = Map.copyOf(frequencies);
    }

    public static DocumentFrequencies bundled() {
        return Holder.BUNDLED;
    }

    /** Inverse document frequency, smoothed; a term never seen counts as rare as one seen once. */
    public double idf(String term) {
        int df = frequencies.getOrDefault(term, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    private static final class Holder {
        static final DocumentFrequencies BUNDLED = load();
    }

    private static DocumentFrequencies load() {
        try (InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int documents = 0;
            Map<String, Integer> frequencies = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#documents\t")) {
                    documents = Integer.parseInt(line.substring(line.indexOf('\t') + 1));
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    frequencies.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
                }
            }
            return new DocumentFrequencies(documents, frequencies);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
