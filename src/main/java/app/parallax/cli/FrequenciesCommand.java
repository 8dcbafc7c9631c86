package app.parallax.cli;

import app.parallax.compare.FrequencyTableBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "frequencies", mixinStandardHelpOptions = true,
        description = "Rebuilds the term rarity table from a corpus folder (e.g. ../shared/data/bbc).")
final class FrequenciesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS") Path corpus;
    @Parameters(index = "1", paramLabel = "OUT", description = "the table to write (only once it is complete)") Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException(corpus + ": no such folder");
        }
        int[] documents = {0};
        OutputFile.write(out, temp -> {
            try (PrintStream stream = new PrintStream(Files.newOutputStream(temp), true, StandardCharsets.UTF_8)) {
                documents[0] = new FrequencyTableBuilder().write(corpus, stream);
            }
        });
        spec.commandLine().getOut().println("wrote " + out + " from " + documents[0] + " distinct documents");
        return 0;
    }
}
