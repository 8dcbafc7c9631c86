package app.parallax.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A library folder holding the whole bad-input corpus: copies of the committed cases and the special files. */
public final class BadInputsFolder {

    private BadInputsFolder() {
    }

    public static List<BadInputs.Case> fill(Path folder) throws IOException, InterruptedException {
        List<BadInputs.Case> cases = new ArrayList<>();
        for (BadInputs.Case c : BadInputs.committed()) {
            Path copy = Files.copy(c.file(), folder.resolve(c.name()));
            cases.add(new BadInputs.Case(copy, c.refused(), c.fragment()));
        }
        cases.addAll(BadInputs.generated(folder));
        return cases;
    }
}
