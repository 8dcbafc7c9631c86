package app.parallax.compare;

import app.parallax.model.Conflict;
import app.parallax.text.Figure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * Whether two matched claims disagree: a figure stated differently (the same number hedged differently,
 * "more than 100,000" against "some 100,000", or the one number, date or weekday of each differing), or
 * one side denying what the other asserts ("Mr. Obama has shown a certificate" against "he hasn't shown it").
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

    /**
     * A denial restates the statement: at least this share of the shorter side's content words is in
     * the other. "Did not take into account" against "ignored" is a paraphrase, not a contradiction.
     */
    private static final double NEGATION_OVERLAP = 0.8;

    Optional<Conflict> find(Unit left, Unit right) {
        Optional<Conflict> figures = find(left.figures(), right.figures());
        if (figures.isPresent()) {
            return figures;
        }
        return negates(left, right) ? Optional.of(new Conflict(Conflict.Kind.NEGATION, left.span(), right.span()))
                : Optional.empty();
    }

    static boolean negates(Unit left, Unit right) {
        if (negations(left) % 2 == negations(right) % 2) {
            return false;
        }
        Set<String> a = contentTerms(left);
        Set<String> b = contentTerms(right);
        Set<String> shorter = a.size() <= b.size() ? a : b;
        Set<String> longer = shorter == a ? b : a;
        if (shorter.isEmpty()) {
            return false;
        }
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= NEGATION_OVERLAP * shorter.size();
    }

    private static int negations(Unit unit) {
        return (int) unit.terms().stream().filter(t -> t.stem().equals("not")).count();
    }

    private static Set<String> contentTerms(Unit unit) {
        Set<String> terms = new HashSet<>(unit.termSet());
        terms.remove("not");
        return terms;
    }

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
