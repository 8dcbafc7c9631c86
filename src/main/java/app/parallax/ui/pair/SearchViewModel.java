package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Search in both articles at once: every occurrence of the query (case-insensitive), the left article's
 * first, then the right one's; {@link #next()} walks them and wraps around.
 */
public final class SearchViewModel {

    /** One occurrence of the query. */
    public record Hit(Side side, Span span) {
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<Hit>> hits = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Hit> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableValue<Article> left;
    private final ObservableValue<Article> right;

    SearchViewModel(ObservableValue<Article> left, ObservableValue<Article> right) {
        this.left = left;
        this.right = right;
        query.addListener((o, was, now) -> find());
        left.addListener((o, was, now) -> find());
        right.addListener((o, was, now) -> find());
    }

    private void find() {
        String q = query.get() == null ? "" : query.get().strip();
        List<Hit> found = new ArrayList<>();
        if (!q.isEmpty()) {
            addHits(found, Side.LEFT, left.getValue(), q);
            addHits(found, Side.RIGHT, right.getValue(), q);
        }
        hits.set(List.copyOf(found));
        current.set(found.isEmpty() ? null : found.get(0));
        describe();
    }

    private static void addHits(List<Hit> found, Side side, Article article, String q) {
        if (article == null) {
            return;
        }
        String text = article.text();
        // Compared char by char in place, so every hit's offsets point into the displayed text.
        String needle = q;
        for (int at = 0; at + needle.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, needle, 0, needle.length())) {
                found.add(new Hit(side, Span.of(text, at, at + needle.length())));
                at += needle.length() - 1;
            }
        }
    }

    /** The next occurrence after the current one; after the last, the first. */
    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int direction) {
        List<Hit> all = hits.get();
        if (all.isEmpty()) {
            return;
        }
        int at = all.indexOf(current.get());
        current.set(all.get(Math.floorMod(at + direction, all.size())));
        describe();
    }

    private void describe() {
        List<Hit> all = hits.get();
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            status.set("");
        } else if (all.isEmpty()) {
            status.set("Not found");
        } else {
            long l = all.stream().filter(h -> h.side() == Side.LEFT).count();
            status.set((all.indexOf(current.get()) + 1) + " of " + all.size() + "  (" + l + " left, "
                    + (all.size() - l) + " right)");
        }
    }

    public void clear() {
        query.set("");
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Every occurrence, left article first. */
    public ReadOnlyObjectProperty<List<Hit>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    public List<Span> hits(Side side) {
        return hits.get().stream().filter(h -> h.side() == side).map(Hit::span).toList();
    }

    public ReadOnlyObjectProperty<Hit> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<Hit> current() {
        return Optional.ofNullable(current.get());
    }

    /** "3 of 12 (5 left, 7 right)", "Not found", or empty when there is no query. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
