package app.parallax.cli;

import app.parallax.compare.ComparisonEngine;
import app.parallax.compare.EmbeddingStore;
import app.parallax.compare.SentenceEmbedder;
import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusEngine;
import app.parallax.library.ArticleLibrary;
import app.parallax.library.ArticleLoadException;
import app.parallax.library.LibraryContents;
import app.parallax.report.CorpusHtmlReport;
import app.parallax.report.CorpusJsonReport;
import app.parallax.report.CorpusTextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Who reports what across a folder of articles: the quotes and claims several sources carry "
                + "(grouped, with a gist) and what only one source says. Embeddings are kept in the user's cache "
                + "folder, so a second run embeds nothing.",
        footer = {"", "Example:", "  parallax corpus articles --format html -o corpus.html"})
final class CorpusCommand implements Callable<Integer> {

    enum Format { json, text, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder of .txt, .md, .html, .htm and .pdf articles")
    Path folder;

    @Option(names = "--format", defaultValue = "text", description = "json, text or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE, only if the run succeeds (else FILE stays as it was)")
    Path output;

    @Override
    public Integer call() throws ArticleLoadException, IOException {
        LibraryContents library = ArticleLibrary.load(folder);
        library.problems().forEach(p -> spec.commandLine().getErr().println("parallax: skipped " + p));
        if (library.articles().size() < 2) {
            throw new IllegalArgumentException(folder + ": needs at least two readable articles");
        }
        library.articles().forEach(a -> Warnings.print(a, spec.commandLine().getErr()));
        ComparisonEngine engine = new ComparisonEngine(new SentenceEmbedder(EmbeddingStore.inUserCache()));
        Corpus corpus = new CorpusEngine(engine).analyse(library.articles());
        String report = switch (format) {
            case json -> new CorpusJsonReport().render(corpus);
            case html -> new CorpusHtmlReport().render(corpus);
            case text -> new CorpusTextReport().render(corpus);
        };
        if (output != null) {
            OutputFile.write(output, report + System.lineSeparator());
        } else {
            spec.commandLine().getOut().println(report);
        }
        return 0;
    }
}
