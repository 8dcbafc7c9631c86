package app.parallax.cli;

import app.parallax.model.Article;

import java.io.PrintWriter;

/** What was wrong with a file that still read: one line each on stderr, so stdout stays the report. */
final class Warnings {

    private Warnings() {
    }

    static void print(Article article, PrintWriter err) {
        for (String warning : article.origin().warnings()) {
            err.println("parallax: warning: " + article.file() + ": " + warning);
        }
        err.flush();
    }
}
