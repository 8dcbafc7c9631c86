package app.parallax.benchmarks.jplag;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import de.jplag.text.Language;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * JPlag 4.3.0's natural-language front end on one pair of texts, the reference Parallax's long-pair
 * benchmark times itself against. Prints one line: average similarity, matches, matched and total tokens.
 *
 * <pre>java -jar benchmarks/jplag/target/jplag-pair.jar LEFT RIGHT [MIN_TOKEN_MATCH]</pre>
 *
 * JPlag compares the entries of a root folder with each other, so the two texts are copied into a fresh one
 * as its only two submissions (under fixed names, so two files of one name in different folders still make
 * two submissions). Without MIN_TOKEN_MATCH the language's default applies (5 words for text).
 */
public final class JPlagPair {

    private JPlagPair() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java -jar jplag-pair.jar LEFT RIGHT [MIN_TOKEN_MATCH]");
            System.exit(2);
        }
        Path root = null;
        try {
            root = Files.createTempDirectory("jplag-pair");
            Files.copy(Path.of(args[0]), root.resolve("left.txt"));
            Files.copy(Path.of(args[1]), root.resolve("right.txt"));
            Language language = new Language();
            JPlagOptions options = new JPlagOptions(language, Set.of(root.toFile()), Set.<File>of());
            if (args.length == 3) {
                options = options.withMinimumTokenMatch(Integer.parseInt(args[2]));
            }
            JPlagResult result = new JPlag(options).run();
            List<JPlagComparison> comparisons = result.getAllComparisons();
            if (comparisons.size() != 1) {
                fail("JPlag made " + comparisons.size() + " comparisons of the pair (a text too short to tokenize?)");
            }
            JPlagComparison pair = comparisons.get(0);
            System.out.printf("similarity %.4f, matches %d, matched tokens %d, tokens %d + %d, min token match %d%n",
                    pair.similarity(), pair.matches().size(), pair.getNumberOfMatchedTokens(),
                    pair.firstSubmission().getNumberOfTokens(), pair.secondSubmission().getNumberOfTokens(),
                    options.minimumTokenMatch());
        } catch (NoSuchFileException e) {
            fail("no such file: " + e.getFile());
        } catch (IOException e) {
            fail("cannot read or copy the texts: " + e.getMessage());
        } catch (NumberFormatException e) {
            fail("MIN_TOKEN_MATCH is not a whole number: " + args[2]);
        } catch (ExitException e) {
            fail("JPlag: " + e.getMessage());
        } finally {
            deleteQuietly(root);
        }
    }

    private static void fail(String message) {
        System.err.println("jplag-pair: " + message);
        System.exit(1);
    }

    private static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temp folder left behind costs nothing worth failing the measurement for.
        }
    }
}
