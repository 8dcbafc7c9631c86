package app.parallax.ui.background;

/** What the user is told of a failed piece of background work: its own message, never a stack trace. */
public final class FailureMessage {

    private FailureMessage() {
    }

    /** The first message in the chain of causes (wrappers often carry none), else the failure's kind. */
    public static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
