package app.parallax.corpus;

import app.parallax.model.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins confident pairwise links between passages into groups across articles. Linked pairs merge strongest
 * first, and a merge is kept only when every member of the result is linked to more than half of its other
 * members (a strict majority: in a group of three, all three pairs). Plain union of links would let one vague
 * sentence ("Officials said the situation was serious.") chain unrelated claims of every other outlet into
 * one row; complete linkage would drop a true member whenever the pair scorer missed one of its links, which
 * it does on long groups. A link that no group holds both ends of stays a group of its own two passages, so
 * every pairwise decision survives and a passage may then sit in two rows.
 */
final class PassageGroups {

    /** A confident pairwise decision: two passages of two articles that say the same. */
    record Link(CorpusMember a, CorpusMember b, double score) {
    }

    private final Map<Article, Integer> order = new HashMap<>();

    PassageGroups(List<Article> articles) {
        for (int i = 0; i < articles.size(); i++) {
            order.put(articles.get(i), i);
        }
    }

    /** The groups, each as its members in library order with its gist first computed; largest groups first. */
    List<Grouped> group(List<Link> links) {
        Map<CorpusMember, Map<CorpusMember, Double>> adjacency = new HashMap<>();
        for (Link link : links) {
            adjacency.computeIfAbsent(link.a(), k -> new HashMap<>()).merge(link.b(), link.score(), Math::max);
            adjacency.computeIfAbsent(link.b(), k -> new HashMap<>()).merge(link.a(), link.score(), Math::max);
        }
        Map<CorpusMember, Set<CorpusMember>> groupOf = new LinkedHashMap<>();
        for (CorpusMember m : adjacency.keySet()) {
            Set<CorpusMember> alone = new LinkedHashSet<>();
            alone.add(m);
            groupOf.put(m, alone);
        }
        List<Link> strongestFirst = new ArrayList<>(links);
        strongestFirst.sort(Comparator.comparingDouble(Link::score).reversed()
                .thenComparing(l -> position(l.a())).thenComparing(l -> position(l.b())));
        for (Link link : strongestFirst) {
            Set<CorpusMember> first = groupOf.get(link.a());
            Set<CorpusMember> second = groupOf.get(link.b());
            if (first == second) {
                continue;
            }
            Set<CorpusMember> merged = new LinkedHashSet<>(first);
            merged.addAll(second);
            if (oneArticleEach(merged) && majorityLinked(merged, adjacency)) {
                merged.forEach(m -> groupOf.put(m, merged));
            }
        }
        Set<Set<CorpusMember>> groups = new LinkedHashSet<>();
        for (Set<CorpusMember> g : groupOf.values()) {
            if (g.size() > 1) {
                groups.add(g);
            }
        }
        for (Link link : links) {
            if (groupOf.get(link.a()) != groupOf.get(link.b())) {
                groups.add(new LinkedHashSet<>(List.of(link.a(), link.b())));
            }
        }
        List<Grouped> result = new ArrayList<>();
        for (Set<CorpusMember> g : groups) {
            List<CorpusMember> members = new ArrayList<>(g);
            members.sort(Comparator.comparing(this::position));
            result.add(new Grouped(gist(members, adjacency), members));
        }
        result.sort(Comparator.comparingInt((Grouped g) -> -g.members().size())
                .thenComparing(g -> position(g.members().get(0))));
        return List.copyOf(result);
    }

    /** A group before it is numbered. */
    record Grouped(CorpusMember gist, List<CorpusMember> members) {
    }

    private static boolean oneArticleEach(Set<CorpusMember> members) {
        Set<Article> seen = new HashSet<>();
        for (CorpusMember m : members) {
            if (!seen.add(m.article())) {
                return false;
            }
        }
        return true;
    }

    private static boolean majorityLinked(Set<CorpusMember> members, Map<CorpusMember, Map<CorpusMember, Double>> adjacency) {
        int others = members.size() - 1;
        for (CorpusMember m : members) {
            Map<CorpusMember, Double> linked = adjacency.get(m);
            long count = members.stream().filter(n -> n != m && linked.containsKey(n)).count();
            if (2 * count <= others) {
                return false;
            }
        }
        return true;
    }

    /** The member closest to all others: the highest sum of link scores within the group; earliest on a tie. */
    private static CorpusMember gist(List<CorpusMember> members, Map<CorpusMember, Map<CorpusMember, Double>> adjacency) {
        CorpusMember best = members.get(0);
        double bestSum = -1;
        for (CorpusMember m : members) {
            Map<CorpusMember, Double> linked = adjacency.get(m);
            double sum = members.stream().filter(n -> n != m).mapToDouble(n -> linked.getOrDefault(n, 0.0)).sum();
            if (sum > bestSum) {
                best = m;
                bestSum = sum;
            }
        }
        return best;
    }

    private Position position(CorpusMember m) {
        return new Position(order.getOrDefault(m.article(), Integer.MAX_VALUE), m.span().start(), m.span().end());
    }

    private record Position(int article, int start, int end) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            return article != o.article ? Integer.compare(article, o.article)
                    : start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
        }
    }
}
