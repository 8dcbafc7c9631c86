package app.parallax.report;

import app.parallax.model.Article;

/** How a corpus report (and the window's corpus view) names an article's column: its outlet, or its file name when the outlet is unknown. */
public final class CorpusSources {

    private CorpusSources() {
    }

    public static String label(Article a) {
        return a.metadata().outlet().orElse(a.file().getFileName().toString());
    }
}
