package app.parallax.library;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text with {@code \n} line breaks, never garbling it silently. A byte order
 * mark is obeyed; UTF-16 without one is recognised by its zero bytes; UTF-8 stays UTF-8 even with a few
 * bad bytes (shown as U+FFFD, with a warning naming the first one), because decoding a whole UTF-8
 * article as windows-1252 for one bad byte turns every "’" into "â€™". Only bytes that are not UTF-8 at
 * all go to charset detection, and the result says so.
 */
final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    /** In UTF-16 English text about every other byte is zero; in UTF-8 text none is. */
    private static final double UTF16_ZERO_SHARE = 0.3;
    private static final double UTF16_OTHER_ZERO_SHARE = 0.02;

    /** The text, the charset it was read in (as shown to the reader), and what went wrong, if anything. */
    record Decoded(String text, String charset, Optional<String> warning) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        Decoded raw = decodeCharset(bytes);
        return new Decoded(normaliseLineBreaks(raw.text()), raw.charset(), raw.warning());
    }

    private static Decoded decodeCharset(byte[] bytes) {
        if (startsWith(bytes, UTF16BE_BOM)) {
            return utf16(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return utf16(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        int from = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (from == 0) {
            Optional<Charset> utf16 = utf16ByItsZeros(bytes);
            if (utf16.isPresent()) {
                return utf16(bytes, 0, utf16.get());
            }
        }
        Utf8Scan scan = Utf8Scan.of(bytes, from);
        if (scan.badSequences == 0) {
            return new Decoded(scan.text, "UTF-8", Optional.empty());
        }
        if (from > 0 || scan.isMostlyUtf8()) {
            return new Decoded(scan.text, "UTF-8", Optional.of(scan.warning()));
        }
        Optional<Charset> detected = detectedCharset(bytes);
        Charset charset = detected.orElse(FALLBACK);
        String label = charset.name() + (detected.isPresent() ? " (detected)" : " (guessed: not UTF-8)");
        return new Decoded(new String(bytes, charset), label, Optional.empty());
    }

    private static Decoded utf16(byte[] bytes, int from, Charset charset) {
        // Lenient: a broken surrogate or an odd last byte becomes U+FFFD, and the binary check counts those.
        String text = new String(bytes, from, bytes.length - from, charset);
        Optional<String> warning = (bytes.length - from) % 2 == 0 ? Optional.empty()
                : Optional.of("ends in the middle of a character (odd number of bytes for " + charset.name() + ")");
        return new Decoded(text, charset.name(), warning);
    }

    /** Mostly ASCII text in UTF-16: zero high bytes on one side of each pair and almost none on the other. */
    private static Optional<Charset> utf16ByItsZeros(byte[] bytes) {
        int pairs = bytes.length / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        Optional<Charset> guess = Optional.empty();
        if (zeroOdd >= pairs * UTF16_ZERO_SHARE && zeroEven <= pairs * UTF16_OTHER_ZERO_SHARE) {
            guess = Optional.of(StandardCharsets.UTF_16LE);
        } else if (zeroEven >= pairs * UTF16_ZERO_SHARE && zeroOdd <= pairs * UTF16_OTHER_ZERO_SHARE) {
            guess = Optional.of(StandardCharsets.UTF_16BE);
        }
        return guess.filter(charset -> isStrictly(bytes, charset));
    }

    private static boolean isStrictly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, bytes.length - bytes.length % 2));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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

    /** One pass of UTF-8 decoding that replaces each bad sequence with U+FFFD and remembers where they were. */
    private static final class Utf8Scan {
        private String text;
        private int badSequences;
        private int badBytes;
        private int firstBadOffset = -1;
        private int validMultiByte;
        private boolean lastIsTruncated;

        static Utf8Scan of(byte[] bytes, int from) {
            Utf8Scan scan = new Utf8Scan();
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
            CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isUnderflow()) {
                    decoder.flush(out);
                    break;
                }
                int at = in.position();
                scan.badSequences++;
                scan.badBytes += result.length();
                if (scan.firstBadOffset < 0) {
                    scan.firstBadOffset = at;
                }
                scan.lastIsTruncated = at + result.length() == bytes.length && isLeadByte(bytes[at]);
                out.put('\uFFFD');
                in.position(at + result.length());
            }
            out.flip();
            scan.text = out.toString();
            scan.validMultiByte = (int) scan.text.chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
            return scan;
        }

        private static boolean isLeadByte(byte b) {
            int v = b & 0xFF;
            return v >= 0xC2 && v <= 0xF4;
        }

        /** More good multi-byte characters than bad sequences, or just a last character cut short. */
        boolean isMostlyUtf8() {
            return validMultiByte >= badSequences || (badSequences == 1 && lastIsTruncated);
        }

        String warning() {
            if (badSequences == 1 && lastIsTruncated) {
                return "ends in the middle of a UTF-8 character (byte " + number(firstBadOffset)
                        + "); shown as \uFFFD";
            }
            return "not valid UTF-8 at byte " + number(firstBadOffset) + " (" + badBytes + " bad byte"
                    + (badBytes == 1 ? "" : "s") + " in all, shown as \uFFFD)";
        }

        private static String number(int n) {
            return String.format(Locale.ROOT, "%,d", n);
        }
    }
}
