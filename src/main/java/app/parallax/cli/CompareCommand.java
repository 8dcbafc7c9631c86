package app.parallax.cli;

import app.parallax.compare.ComparisonEngine;
import app.parallax.library.ArticleLoadException;
import app.parallax.library.ArticleReader;
import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.report.HtmlReport;
import app.parallax.report.JsonReport;
import app.parallax.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two articles and prints the quotes, claims, phrases, unique claims and boilerplate.")
final class CompareCommand implements Callable<Integer> {

    enum Format { json, text, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEFT", description = "the left article (.txt or .md)")
    Path left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "the right article (.txt or .md)")
    Path right;

    @Option(names = "--format", defaultValue = "text",
            description = "json, text or html (a page to print or hand out; default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws ArticleLoadException {
        ArticleReader reader = new ArticleReader();
        Article a = reader.read(left);
        Article b = reader.read(right);
        Comparison comparison = new ComparisonEngine().compare(a, b);
        String report = switch (format) {
            case json -> new JsonReport().render(comparison);
            case html -> new HtmlReport().render(comparison);
            case text -> new TextReport().render(comparison);
        };
        spec.commandLine().getOut().println(report);
        return 0;
    }
}
