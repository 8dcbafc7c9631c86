package app.parallax.corpus;

import app.parallax.model.Article;
import app.parallax.model.Span;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the comparison of two articles left for the corpus (its quote and claim links, each side's unmatched
 * passages), kept on disk by the SHA-256 of both texts and the engine's fingerprint: a library opened again
 * compares no pair it compared before, and a changed article is compared afresh. Records are appended under
 * a file lock; a file that does not read back whole is started afresh, since everything in it can be
 * recomputed. A store that cannot be written is only slower, never an error.
 */
final class PairLinkStore {

    private static final String MAGIC = "parallax-pair-links-1";

    private final Path file;
    private Map<String, byte[]> records;

    PairLinkStore(Path folder, String engineFingerprint) {
        this.file = folder.resolve("pair-links-" + engineFingerprint + ".bin");
    }

    Optional<CorpusEngine.PairLinks> get(Article left, Article right) {
        // Hashed outside the lock: comparisons run on every core and each looks its pair up first.
        String key = key(left, right);
        byte[] payload;
        synchronized (this) {
            payload = records().get(key);
        }
        if (payload == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
            List<PassageGroups.Link> quotes = links(in, left, right);
            List<PassageGroups.Link> claims = links(in, left, right);
            List<CorpusMember> unique = new ArrayList<>();
            unique.addAll(members(in, left));
            unique.addAll(members(in, right));
            return Optional.of(new CorpusEngine.PairLinks(left, right, quotes, claims, unique));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    synchronized void put(CorpusEngine.PairLinks links) {
        String key = key(links.left(), links.right());
        if (records().containsKey(key)) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, links.quotes());
            write(out, links.claims());
            for (Article side : List.of(links.left(), links.right())) {
                List<CorpusMember> own = links.unique().stream().filter(m -> m.article().equals(side)).toList();
                out.writeInt(own.size());
                for (CorpusMember m : own) {
                    out.writeInt(m.span().start());
                    out.writeInt(m.span().end());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] payload = bytes.toByteArray();
        records.put(key, payload);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock ignored = channel.lock()) {
                ByteArrayOutputStream record = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(record)) {
                    if (channel.size() == 0) {
                        out.writeUTF(MAGIC);
                    }
                    out.write(HexFormat.of().parseHex(key));
                    out.writeInt(payload.length);
                    out.write(payload);
                }
                channel.write(ByteBuffer.wrap(record.toByteArray()));
            }
        } catch (IOException e) {
            // A read-only or full disk: kept in memory for this run.
        }
    }

    private static void write(DataOutputStream out, List<PassageGroups.Link> links) throws IOException {
        out.writeInt(links.size());
        for (PassageGroups.Link l : links) {
            out.writeInt(l.a().span().start());
            out.writeInt(l.a().span().end());
            out.writeInt(l.b().span().start());
            out.writeInt(l.b().span().end());
            out.writeDouble(l.score());
        }
    }

    private static List<PassageGroups.Link> links(DataInputStream in, Article left, Article right) throws IOException {
        int n = in.readInt();
        List<PassageGroups.Link> links = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            CorpusMember a = new CorpusMember(left, Span.of(left.text(), in.readInt(), in.readInt()));
            CorpusMember b = new CorpusMember(right, Span.of(right.text(), in.readInt(), in.readInt()));
            links.add(new PassageGroups.Link(a, b, in.readDouble()));
        }
        return links;
    }

    private static List<CorpusMember> members(DataInputStream in, Article article) throws IOException {
        int n = in.readInt();
        List<CorpusMember> members = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            members.add(new CorpusMember(article, Span.of(article.text(), in.readInt(), in.readInt())));
        }
        return members;
    }

    private Map<String, byte[]> records() {
        if (records == null) {
            records = read();
        }
        return records;
    }

    private Map<String, byte[]> read() {
        Map<String, byte[]> read = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return read;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException("not a pair-link store");
            }
            byte[] key = new byte[32];
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return read;
                }
                key[0] = (byte) first;
                in.readFully(key, 1, 31);
                int length = in.readInt();
                if (length < 0 || length > 1 << 24) {
                    throw new IOException("bad record length " + length);
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                read.put(HexFormat.of().formatHex(key), payload);
            }
        } catch (EOFException | RuntimeException e) {
            return discarded();
        } catch (IOException e) {
            return discarded();
        }
    }

    private Map<String, byte[]> discarded() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left; put() appends after the damage and the next read discards it again.
        }
        return new HashMap<>();
    }

    private static String key(Article left, Article right) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // The title counts too: the engine tells the headline and boilerplate by it.
            for (String part : List.of(left.title(), left.text(), right.title(), right.text())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
