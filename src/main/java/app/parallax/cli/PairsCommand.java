package app.parallax.cli;

import app.parallax.compare.ComparisonEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.TextFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = "Scores sentence pairs, one per line as sentence<TAB>sentence; prints score<TAB>same|different.",
        footer = {"", "Example:", "  parallax pairs examples/pairs.tsv"})
final class PairsCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "one pair per line: sentence<TAB>sentence")
    Path file;

    @Override
    public Integer call() throws ArticleLoadException {
        List<String> lines = TextFile.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && lines.get(i).split("\t", -1).length != 2) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected two sentences separated by one tab");
            }
        }
        ComparisonEngine engine = new ComparisonEngine();
        PrintWriter out = spec.commandLine().getOut();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] pair = line.split("\t", -1);
            double score = engine.similarity(pair[0], pair[1]);
            out.printf(Locale.ROOT, "%.4f\t%s%n", score, engine.isSameClaim(score) ? "same" : "different");
        }
        return 0;
    }
}
