package app.parallax.compare;

import app.parallax.text.Terms.Term;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The content words two units share, as the first spells them: part of why a match was made. */
final class SharedWords {

    private SharedWords() {
    }

    static List<String> of(Unit a, Unit b) {
        Set<String> shared = new LinkedHashSet<>();
        for (Term t : a.terms()) {
            if (b.termSet().contains(t.stem()) && !t.stem().equals("not")) {
                shared.add(a.words().get(t.word()).surface());
            }
        }
        return List.copyOf(shared);
    }
}
