package app.parallax.text;

/**
 * A word or number of an article: where it stands ({@code start}, {@code end} into the text), how it is
 * spelled there, and its {@code key}, the form words are compared by (lower case, straight apostrophes,
 * digits without group separators).
 */
public record Word(int start, int end, String surface, String key) {

    public boolean isNumber() {
        return !key.isEmpty() && Character.isDigit(key.charAt(0));
    }
}
