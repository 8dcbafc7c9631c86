package app.parallax.corpus;

import java.util.List;

/**
 * One statement or claim as several articles of a library carry it: at most one passage per article, and a
 * gist, the wording of its most central member. {@code id} is stable within one run (q1…, c1…).
 */
public record CorpusGroup(String id, CorpusMember gist, List<CorpusMember> members) {

    public CorpusGroup {
        members = List.copyOf(members);
    }

    /** How many articles carry it. */
    public int sources() {
        return members.size();
    }
}
