package app.parallax.ui.pair;

import javafx.scene.paint.Color;

/**
 * One kind of highlight the reader can show or hide. Colours are from the Okabe–Ito palette, which stays
 * distinguishable for the common colour-vision deficiencies; each layer also has a non-colour cue (border,
 * underline, dash, weight) defined in {@code reader.css}, so no layer relies on colour alone.
 */
public enum Layer {
    QUOTES("Same quote", "Quotes", "hl-quote", Color.web("#E69F00"), Pairing.BOTH_SIDES,
            "A quotation both articles print, perhaps in different words (boxed)"),
    CLAIMS("Same claim", "Claims", "hl-claim", Color.web("#56B4E9"), Pairing.BOTH_SIDES,
            "A statement of fact both articles make, verbatim or paraphrased (tinted background)"),
    RELATED("Possibly the same", "Related", "hl-related", Color.web("#0072B2"), Pairing.BOTH_SIDES,
            "Two passages that may say the same thing but score below the bar for a shared claim (dotted underline)"),
    PHRASES("Word for word", "Phrases", "hl-phrase", Color.web("#009E73"), Pairing.BOTH_SIDES,
            "Five or more words that both articles share exactly (thick underline)"),
    UNIQUE("Only in this article", "Only here", "hl-unique", Color.web("#CC79A7"), Pairing.ONE_SIDE,
            "A statement with no counterpart in the other article (dashed underline); select it to see the closest passage"),
    CONFLICTS("Conflicts", "Conflicts", "hl-conflict", Color.web("#D55E00"), Pairing.NONE,
            "A number, date or weekday that the two articles state differently, or a whole passage that one "
                    + "denies and the other states (bold, wavy underline)"),
    BOILERPLATE("Boilerplate", "Boilerplate", "hl-boilerplate", Color.web("#999999"), Pairing.NONE,
            "Ads, captions, bylines, links: not content (grey italic)");

    /** How a layer's passages take part in following: as pairs, alone (with their closest passage), or not. */
    public enum Pairing {
        BOTH_SIDES, ONE_SIDE, NONE
    }

    private final String label;
    private final String shortLabel;
    private final String styleClass;
    private final Color colour;
    private final Pairing pairing;
    private final String description;

    Layer(String label, String shortLabel, String styleClass, Color colour, Pairing pairing, String description) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.styleClass = styleClass;
        this.colour = colour;
        this.pairing = pairing;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** The name in the status bar's counts. */
    public String shortLabel() {
        return shortLabel;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The colour of the connector bands of this layer (the text styles live in the style sheet). */
    public Color colour() {
        return colour;
    }

    public String description() {
        return description;
    }

    public Pairing pairing() {
        return pairing;
    }

    /** Whether this layer's passages are rows of the match list and stops of F8. */
    public boolean isFollowable() {
        return pairing != Pairing.NONE;
    }
}
