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

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two articles and prints the quotes, claims, phrases, unique claims and boilerplate.",
        footer = {"", "Example:",
                "  parallax compare articles/000_7b91463196abbf0d.txt articles/004_ffca89aebb2905a1.txt --format html -o comparison.html"})
final class CompareCommand implements Callable<Integer> {

    enum Format { json, text, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEFT", description = "the left article (.txt, .md, .html, .htm or .pdf)")
    Path left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "the right article (.txt, .md, .html, .htm or .pdf)")
    Path right;

    @Option(names = "--format", defaultValue = "text",
            description = "json, text or html (a page to print or hand out; default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--min-similarity", paramLabel = "X",
            description = "how alike two passages must be to count as a shared claim, 0..1 (default: the model's "
                    + "calibrated threshold); higher is stricter")
    Double minSimilarity;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE, only if the comparison succeeds (else FILE stays as it was)")
    Path output;

    @Override
    public Integer call() throws ArticleLoadException, IOException {
        if (minSimilarity != null && (minSimilarity < 0 || minSimilarity > 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--min-similarity must lie between 0 and 1, not " + minSimilarity);
        }
        ArticleReader reader = new ArticleReader();
        Article a = reader.read(left);
        Article b = reader.read(right);
        Warnings.print(a, spec.commandLine().getErr());
        Warnings.print(b, spec.commandLine().getErr());
        ComparisonEngine engine = new ComparisonEngine();
        Comparison comparison = engine.compare(a, b, minSimilarity == null ? engine.defaultMinSimilarity() : minSimilarity);
        String report = switch (format) {
            case json -> new JsonReport().render(comparison);
            case html -> new HtmlReport().render(comparison);
            case text -> new TextReport().render(comparison);
        };
        if (output != null) {
            OutputFile.write(output, report + System.lineSeparator());
        } else {
            spec.commandLine().getOut().println(report);
        }
        return 0;
    }
}
