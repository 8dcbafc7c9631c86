package app.parallax.ui.pair;

import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.PerSide;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Side;
import app.parallax.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What the reader paints and lists for one comparison: every mark per side, and the followable matches. */
public record Highlights(PerSide<List<Mark>> marks, List<Match> matches) {

    public static final Highlights NONE = new Highlights(new PerSide<>(List.of(), List.of()), List.of());

    public Highlights {
        marks = new PerSide<>(List.copyOf(marks.left()), List.copyOf(marks.right()));
        matches = List.copyOf(matches);
    }

    /**
     * Every mark, and as matches the pairs and every passage only one article has, joined to the closest
     * passage the engine found for it.
     */
    public static Highlights of(Comparison c) {
        List<Match> matches = Stream.of(
                        c.quotes().stream().map(Match::of),
                        c.claims().stream().map(Match::of),
                        c.related().stream().map(Match::of),
                        c.phrases().stream().map(Match::of),
                        uniques(c, Side.LEFT),
                        uniques(c, Side.RIGHT))
                .flatMap(s -> s)
                .sorted()
                .toList();
        return new Highlights(new PerSide<>(marksOf(c, Side.LEFT), marksOf(c, Side.RIGHT)), matches);
    }

    private static Stream<Match> uniques(Comparison c, Side side) {
        return c.unique().get(side).stream().map(u -> Match.unique(side, u, c.nearest(side, u)));
    }

    private static List<Mark> marksOf(Comparison c, Side side) {
        // A set: one sentence matching several on the other side is painted (and counted) once.
        Set<Mark> marks = new LinkedHashSet<>();
        for (QuoteMatch q : c.quotes()) {
            marks.add(new Mark(side == Side.LEFT ? q.left() : q.right(), Layer.QUOTES));
        }
        for (ClaimMatch m : c.claims()) {
            marks.add(new Mark(side == Side.LEFT ? m.left() : m.right(), Layer.CLAIMS));
            m.conflict().ifPresent(f -> marks.add(new Mark(side == Side.LEFT ? f.left() : f.right(),
                    Layer.CONFLICTS)));
        }
        for (RelatedPair r : c.related()) {
            marks.add(new Mark(side == Side.LEFT ? r.left() : r.right(), Layer.RELATED));
            r.conflict().ifPresent(f -> marks.add(new Mark(side == Side.LEFT ? f.left() : f.right(), Layer.CONFLICTS)));
        }
        for (SharedPhrase p : c.phrases()) {
            marks.add(new Mark(side == Side.LEFT ? p.left() : p.right(), Layer.PHRASES));
        }
        c.unique().get(side).forEach(s -> marks.add(new Mark(s, Layer.UNIQUE)));
        c.boilerplate().get(side).forEach(s -> marks.add(new Mark(s, Layer.BOILERPLATE)));
        return new ArrayList<>(marks);
    }

    /** How many distinct passages each layer marks on each side. */
    public Map<Layer, PerSide<Integer>> counts() {
        Map<Layer, PerSide<Integer>> counts = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            counts.put(layer, marks.map(list -> (int) list.stream().filter(m -> m.layer() == layer).count()));
        }
        return counts;
    }

    /** The spans of one side in one layer, in document order. */
    public List<Span> spans(Side side, Layer layer) {
        return marks.get(side).stream().filter(m -> m.layer() == layer).map(Mark::span).sorted().toList();
    }
}
