package app.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code parallax}: the command line. Every failure is one line on stderr and a non-zero exit. */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = ParallaxVersion.class,
        description = "Compares news articles: matching quotes, shared claims, claims in only one source.",
        subcommands = {CompareCommand.class, PairsCommand.class, BenchmarkCommand.class, FrequenciesCommand.class})
public final class ParallaxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: compare, pairs or benchmark");
    }

    /** The names of the commands, which the launcher tells apart from files to open in the reader. */
    public static java.util.Set<String> commandNames() {
        return new CommandLine(new ParallaxCommand()).getSubcommands().keySet();
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ParallaxCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("parallax: " + e.getMessage() + " (see: parallax "
                    + (e.getCommandLine().getParent() == null ? "" : e.getCommandLine().getCommandName() + " ") + "--help)");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.println("parallax: " + Failure.describe(e));
            err.flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
