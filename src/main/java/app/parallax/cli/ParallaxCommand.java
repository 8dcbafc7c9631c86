package app.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code parallax}: the command line. Every failure is one line on stderr and a non-zero exit. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1.0",
        description = "Compares news articles: matching quotes, shared claims, claims in only one source.",
        subcommands = {CompareCommand.class, CheckCommand.class, PairsCommand.class, BenchmarkCommand.class,
                FrequenciesCommand.class},
        footer = {"",
                "The reader window (needs a display):",
                "  parallax                      open the reader on articles/ (or the folder used last time)",
                "  parallax FOLDER               open the reader on a folder of .txt, .md, .html, .htm and .pdf files",
                "  parallax reader [FOLDER]      the same",
                "  parallax screenshot LEFT RIGHT OUT.png",
                "                                render the window comparing two files to a PNG (e.g. under xvfb-run -a)",
                "",
                "Examples, from the project folder:",
                "  parallax compare articles/000_7b91463196abbf0d.txt articles/004_ffca89aebb2905a1.txt",
                "  parallax compare articles/001_959a71210dff82b1.txt articles/004_ffca89aebb2905a1.txt --format json",
                "  parallax check articles/*",
                "  parallax pairs examples/pairs.tsv",
                "",
                "Exit codes: 0 success, 1 a file or the comparison failed, 2 wrong arguments, 3 no display.",
                "Every failure is one line on stderr; output files (-o, OUT) are written only on success."})
public final class ParallaxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: compare, check, pairs, benchmark or frequencies (the reader opens without arguments)");
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
