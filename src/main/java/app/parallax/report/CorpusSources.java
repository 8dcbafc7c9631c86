package app.parallax.report;

import app.parallax.model.Article;

/** How a corpus report names an article's column: its outlet, or its file name when the outlet is unknown. */
final class CorpusSources {

    private CorpusSources() {
    }

    static String label(Article a) {
        return a.metadata().outlet().orElse(a.file().getFileName().toString());
    }
}
