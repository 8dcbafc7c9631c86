package app.parallax.library;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text with {@code \n} line breaks. Most articles are UTF-8; older exports are
 * in some legacy charset, which we guess, falling back to windows-1252 (a superset of Latin-1 that also
 * has the curly quotes and dashes Western news sites use).
 */
final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        return normaliseLineBreaks(decodeCharset(bytes));
    }

    private static String decodeCharset(byte[] bytes) {
        if (startsWith(bytes, UTF16BE_BOM) || startsWith(bytes, UTF16LE_BOM)) {
            // Java's UTF-16 decoder reads the byte order from the BOM and drops it.
            return new String(bytes, StandardCharsets.UTF_16);
        }
        byte[] content = startsWith(bytes, UTF8_BOM) ? Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length) : bytes;
        return strictUtf8(content)
                .orElseGet(() -> new String(content, detectedCharset(content).orElse(FALLBACK)));
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Only a charset other than UTF-8 helps here: the bytes already failed as UTF-8. */
    private static Optional<Charset> detectedCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String normaliseLineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
