package app.parallax.compare;

import app.parallax.model.Span;
import app.parallax.text.Figures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictFinderTest {

    private static String conflict(String a, String b) {
        Figures f = new Figures();
        return new ConflictFinder().find(f.find(a, Span.of(a, 0, a.length())), f.find(b, Span.of(b, 0, b.length())))
                .map(c -> c.left().text() + " | " + c.right().text()).orElse("none");
    }

    @Test
    void differentHedgesOrValuesConflict() {
        assertEquals("More than 100,000 | some 100,000", conflict("More than 100,000 soldiers", "some 100,000 troops"));
        assertEquals("Wednesday | Thursday", conflict("rejected on Wednesday", "rejected on Thursday"));
        assertEquals("30 | 45", conflict("lasted 30 minutes", "lasted 45 minutes"));
    }

    @Test
    void agreeingOrApproximateFiguresDoNot() {
        assertEquals("none", conflict("some 100,000 troops", "around 100,000 troops"));
        assertEquals("none", conflict("100,000 troops since 2021", "about 100,000 troops"));
        assertTrue(conflict("no figures", "none here").equals("none"));
    }
}
