package app.parallax.ui.corpus;

import java.util.Comparator;

/** The orders of the matrix's rows; every order keeps the engine's order among equals. */
public enum CorpusSort {
    MOST_SOURCES("Most sources first",
            Comparator.comparingInt(CorpusRow::sources).reversed().thenComparingInt(CorpusRow::rank)),
    FEWEST_SOURCES("Fewest sources first",
            Comparator.comparingInt(CorpusRow::sources).thenComparingInt(CorpusRow::rank)),
    LIBRARY_ORDER("In library order",
            Comparator.comparingInt(CorpusRow::firstArticle).thenComparingInt(CorpusRow::firstStart)
                    .thenComparingInt(CorpusRow::rank));

    private final String label;
    private final Comparator<CorpusRow> order;

    CorpusSort(String label, Comparator<CorpusRow> order) {
        this.label = label;
        this.order = order;
    }

    public Comparator<CorpusRow> order() {
        return order;
    }

    @Override
    public String toString() {
        return label;
    }
}
