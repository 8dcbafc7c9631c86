package app.parallax.cli;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.ArticleReader;
import app.parallax.model.Article;
import app.parallax.model.ArticleOrigin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads files as the reader would and says what it found: title, outlet, date, kind of file "
                + "and charset, with any warning; or, in one line, why a file cannot be read.",
                "Exit code 0 when every file reads, 1 when one does not."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files (.txt, .md, .html, .htm, .pdf)")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader();
        int failures = 0;
        for (Path file : files) {
            try {
                Article article = reader.read(file);
                out.println(describe(article));
                Warnings.print(article, err);
            } catch (ArticleLoadException e) {
                err.println("parallax: " + e.getMessage());
                failures++;
            }
        }
        err.flush();
        return failures == 0 ? 0 : 1;
    }

    static String describe(Article a) {
        ArticleOrigin origin = a.origin();
        return Stream.of(Optional.of(a.file() + ":"), Optional.of(origin.format().label() + ", " + origin.charset()),
                        Optional.of("\"" + a.title() + "\""), a.metadata().outlet(),
                        a.metadata().date().map(Object::toString), a.metadata().byline().map(b -> "by " + b),
                        Optional.of(String.format(Locale.ROOT, "%,d characters", a.text().length())))
                .flatMap(Optional::stream)
                .collect(Collectors.joining(" · ")).replaceFirst(": · ", ": ");
    }
}
