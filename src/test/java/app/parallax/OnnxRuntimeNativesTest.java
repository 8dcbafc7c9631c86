package app.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction into the cache, on the real ONNX Runtime jar of the class path. */
class OnnxRuntimeNativesTest {

    private static final String PLATFORM = OnnxRuntimeNatives.platform();
    private static final String LIBRARY = System.mapLibraryName("onnxruntime");
    private static final String JNI = System.mapLibraryName("onnxruntime4j_jni");
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void extractsBothLibrariesWithTheJarsBytes(@TempDir Path cache) throws IOException {
        Path folder = OnnxRuntimeNatives.extract(cache, PLATFORM, loader).orElseThrow();
        assertThat(folder.getParent()).isEqualTo(cache);
        assertThat(folder.getFileName().toString()).matches("onnxruntime-" + PLATFORM + "-[0-9a-f]{8}-[0-9a-f]{8}");
        for (String name : new String[] {LIBRARY, JNI}) {
            try (InputStream jar = loader.getResourceAsStream("ai/onnxruntime/native/" + PLATFORM + "/" + name)) {
                assertThat(Files.readAllBytes(folder.resolve(name))).isEqualTo(jar.readAllBytes());
            }
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).containsExactly(folder); // no staging folder left behind
        }
    }

    @Test
    void aSecondStartReusesTheCopyWithoutWritingIt(@TempDir Path cache) throws IOException {
        Path folder = OnnxRuntimeNatives.extract(cache, PLATFORM, loader).orElseThrow();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(folder.resolve(LIBRARY), old);
        assertThat(OnnxRuntimeNatives.extract(cache, PLATFORM, loader)).hasValue(folder);
        assertThat(Files.getLastModifiedTime(folder.resolve(LIBRARY))).isEqualTo(old);
    }

    @Test
    void aTruncatedCopyFromAnInterruptedRunIsReplaced(@TempDir Path cache) throws IOException {
        Path folder = OnnxRuntimeNatives.extract(cache, PLATFORM, loader).orElseThrow();
        long size = Files.size(folder.resolve(LIBRARY));
        Files.write(folder.resolve(LIBRARY), new byte[10]);
        assertThat(OnnxRuntimeNatives.extract(cache, PLATFORM, loader)).hasValue(folder);
        assertThat(Files.size(folder.resolve(LIBRARY))).isEqualTo(size);
    }

    @Test
    void aPlatformWithoutLibrariesInTheJarIsLeftToOnnxRuntime(@TempDir Path cache) throws IOException {
        assertThat(OnnxRuntimeNatives.extract(cache, "plan9-mips", loader)).isEqualTo(Optional.empty());
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnwritableCacheIsNotFatal(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        String before = System.getProperty(OnnxRuntimeNatives.PROPERTY);
        assertThat(OnnxRuntimeNatives.install(notAFolder.resolve("cache"))).isEmpty();
        assertThat(System.getProperty(OnnxRuntimeNatives.PROPERTY)).isEqualTo(before);
    }
}
