package app.parallax.compare;

import app.parallax.model.Conflict;
import app.parallax.text.Figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether two matched claims state a figure differently: the same number hedged differently ("more than
 * 100,000" against "some 100,000"), or the one number, date or weekday of each differing.
 */
final class ConflictFinder {

    /** Hedges that mean the same degree of exactness; an unhedged figure agrees with an approximate one. */
    private static final Map<String, String> HEDGE_CLASS = Map.ofEntries(
            Map.entry("", "approximately"), Map.entry("some", "approximately"), Map.entry("about", "approximately"),
            Map.entry("around", "approximately"), Map.entry("roughly", "approximately"),
            Map.entry("approximately", "approximately"), Map.entry("an estimated", "approximately"),
            Map.entry("close to", "approximately"), Map.entry("more than", "above"), Map.entry("over", "above"),
            Map.entry("just over", "above"), Map.entry("at least", "at least"), Map.entry("as many as", "up to"),
            Map.entry("up to", "up to"), Map.entry("fewer than", "below"), Map.entry("less than", "below"),
            Map.entry("under", "below"), Map.entry("nearly", "below"), Map.entry("almost", "below"));

    Optional<Conflict> find(List<Figure> left, List<Figure> right) {
        for (Figure l : left) {
            for (Figure r : right) {
                if (l.kind() == r.kind() && l.value().equals(r.value())
                        && !HEDGE_CLASS.getOrDefault(l.hedge(), l.hedge()).equals(HEDGE_CLASS.getOrDefault(r.hedge(), r.hedge()))) {
                    return Optional.of(new Conflict(l.span(), r.span()));
                }
            }
        }
        for (Figure.Kind kind : Figure.Kind.values()) {
            List<Figure> l = left.stream().filter(f -> f.kind() == kind).toList();
            List<Figure> r = right.stream().filter(f -> f.kind() == kind).toList();
            if (l.size() == 1 && r.size() == 1 && !l.get(0).value().equals(r.get(0).value())) {
                return Optional.of(new Conflict(l.get(0).span(), r.get(0).span()));
            }
        }
        return Optional.empty();
    }
}
