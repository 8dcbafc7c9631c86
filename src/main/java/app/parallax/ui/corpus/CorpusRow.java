package app.parallax.ui.corpus;

import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusGroup;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the claim × source matrix: a quote group, a claim group, or a passage only one source has.
 * {@code rank} is the engine's order (quotes, then claims, each largest first, then the single passages),
 * which breaks ties of every sort; {@code firstArticle} is where the row's first member sits in the library.
 */
public record CorpusRow(Kind kind, String id, CorpusMember gist, List<CorpusMember> members, int rank,
                        int firstArticle) {

    /** What a row holds, as the kind column names it. */
    public enum Kind {
        QUOTE("Quote"), CLAIM("Claim"), ONLY_ONE("Only one");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CorpusRow {
        members = List.copyOf(members);
    }

    /** Every row of a corpus, in the engine's order. */
    public static List<CorpusRow> of(Corpus corpus) {
        Map<Article, Integer> order = new HashMap<>();
        for (int i = 0; i < corpus.articles().size(); i++) {
            order.put(corpus.articles().get(i), i);
        }
        List<CorpusRow> rows = new ArrayList<>();
        for (CorpusGroup g : corpus.quotes()) {
            rows.add(new CorpusRow(Kind.QUOTE, g.id(), g.gist(), g.members(), rows.size(),
                    order.get(g.members().get(0).article())));
        }
        for (CorpusGroup g : corpus.claims()) {
            rows.add(new CorpusRow(Kind.CLAIM, g.id(), g.gist(), g.members(), rows.size(),
                    order.get(g.members().get(0).article())));
        }
        int n = 0;
        for (CorpusMember m : corpus.unique()) {
            rows.add(new CorpusRow(Kind.ONLY_ONE, "u" + ++n, m, List.of(m), rows.size(), order.get(m.article())));
        }
        return rows;
    }

    /** How many sources carry it. */
    public int sources() {
        return members.size();
    }

    /** That source's passage, if it carries this row. */
    public Optional<CorpusMember> member(Article article) {
        return members.stream().filter(m -> m.article().equals(article)).findFirst();
    }

    /** Whether any member's wording contains the words, ignoring case and runs of white space. */
    public boolean mentions(String words) {
        String wanted = normal(words);
        return wanted.isEmpty() || members.stream().anyMatch(m -> normal(m.text()).contains(wanted));
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Where the row's first passage starts in its article, for the library order. */
    int firstStart() {
        return members.get(0).span().start();
    }
}
