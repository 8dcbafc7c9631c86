package app.parallax.library;

import app.parallax.model.ArticleMetadata;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Metadata a person wrote at the top of an article file, between two {@code ---} lines, in YAML:
 * {@code title}, {@code outlet}, {@code date}, {@code byline} (or {@code author}) and {@code url}.
 * What it states overrides what the text seems to say, since a person checked it.
 */
record FrontMatter(
        Optional<String> title,
        Optional<String> outlet,
        Optional<LocalDate> date,
        Optional<String> byline,
        Optional<String> url) {

    static final FrontMatter NONE =
            new FrontMatter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String OPENING = "---\n";
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][\\w-]*\\s*:");

    /** The front matter of a text and the text that follows it. */
    record Split(FrontMatter matter, String body) {
    }

    /**
     * Separates a leading front matter block from the text. Without a closing line, or when the block does
     * not start with a "key:", the {@code ---} lines are rules drawn around prose, so the text is kept whole.
     */
    static Split split(Path file, String text) throws ArticleLoadException {
        if (!text.startsWith(OPENING)) {
            return new Split(NONE, text);
        }
        int lineStart = OPENING.length();
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(OPENING.length(), lineStart);
                if (!startsWithKey(yaml)) {
                    return new Split(NONE, text);
                }
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new Split(parse(file, yaml), body);
            }
            lineStart = end + 1;
        }
        return new Split(NONE, text);
    }

    private static boolean startsWithKey(String yaml) {
        return yaml.lines().filter(line -> !line.isBlank()).findFirst().map(line -> KEY.matcher(line).lookingAt())
                .orElse(true); // an empty block is still front matter, just with nothing in it
    }

    ArticleMetadata over(ArticleMetadata inferred) {
        return new ArticleMetadata(
                title.orElse(inferred.title()),
                outlet.or(inferred::outlet),
                date.or(inferred::date),
                byline.or(inferred::byline),
                url.or(inferred::url));
    }

    private static FrontMatter parse(Path file, String yaml) throws ArticleLoadException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw ArticleLoadException.about(file, "front matter is not valid YAML: " + describe(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        if (!root.isObject()) {
            throw ArticleLoadException.about(file, "front matter is not a list of \"key: value\" lines");
        }
        Optional<String> date = text(root, "date");
        Optional<LocalDate> parsedDate = date.flatMap(Timestamp::parseDate);
        if (date.isPresent() && parsedDate.isEmpty()) {
            throw ArticleLoadException.about(file, "front matter date is not a date: \"" + date.get() + "\"");
        }
        return new FrontMatter(
                text(root, "title"),
                text(root, "outlet"),
                parsedDate,
                text(root, "byline").or(() -> text(root, "author")),
                text(root, "url"));
    }

    /** A scalar as written; a list (several authors) joined with commas; blank means not stated. */
    private static Optional<String> text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String value = node.isArray()
                ? StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "))
                : node.asText();
        return Optional.of(value.strip()).filter(s -> !s.isEmpty());
    }

    /**
     * One line in the reader's terms: what is wrong and on which line of the file (the block starts on
     * the file's second line). SnakeYAML's own message spans several lines with a drawing of the spot.
     */
    private static String describe(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            String line = yaml.getProblemMark() == null ? "" : " at line " + (yaml.getProblemMark().getLine() + 2);
            return oneLine(context + yaml.getProblem()) + line;
        }
        JsonLocation location = e.getLocation();
        String line = location == null || location.getLineNr() < 1 ? "" : " at line " + (location.getLineNr() + 1);
        return oneLine(e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage()) + line;
    }

    private static String oneLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }
}
