import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds Parallax as desktop software with jpackage: an app image with a jlink'd runtime of only the modules
 * jdeps finds, an AppCDS archive, and this system's installer (.deb on Debian/Ubuntu, .msi on Windows, .dmg
 * on macOS). Run by {@code mvn -Ppackage -DskipTests package} after the jar and target/lib are built, or by
 * hand: {@code java packaging/Package.java --version 0.1.0 [--type deb|rpm|msi|exe|dmg|pkg|app-image]}.
 * A single-file program rather than a shell script so that the same recipe runs on all three systems.
 */
public final class Package {

    static final String NAME = "Parallax";
    static final String MAIN_CLASS = "app.parallax.Launcher";
    /** Found by reflection or service loading, so jdeps cannot see them: detected charsets, zip file systems. */
    static final List<String> EXTRA_MODULES = List.of("jdk.charsets", "jdk.zipfs");

    final Path project;
    final Path target;
    final Path work;
    final String version;
    final String type;
    final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    Package(Path project, String version, String type) {
        this.project = project;
        this.target = project.resolve("target");
        this.work = target.resolve("package");
        this.version = version;
        this.type = type;
    }

    public static void main(String[] args) throws Exception {
        String version = null;
        String type = null;
        Path project = Path.of(".").toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version" -> version = args[++i];
                case "--type" -> type = args[++i];
                case "--project" -> project = Path.of(args[++i]).toAbsolutePath().normalize();
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("--version VERSION is required (the pom's version)");
        }
        Package p = new Package(project, version, type != null ? type : defaultType());
        p.build();
    }

    static String defaultType() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? "msi" : os.startsWith("mac") ? "dmg" : "deb";
    }

    void build() throws Exception {
        if (!Files.isRegularFile(target.resolve("parallax.jar")) || !Files.isDirectory(target.resolve("lib"))) {
            throw new IllegalStateException("build the jar first: mvn -DskipTests package");
        }
        deleteTree(work);
        Path input = stageInput();
        String modules = modules(input);
        log("modules: " + modules);
        Path images = work.resolve("image");
        jpackage(appImageOptions(input, images, modules));
        Path image = images.resolve(os.startsWith("mac") ? NAME + ".app" : NAME);
        Path app = appDir(image);
        Path classList = app.resolve("parallax.classlist");
        if (train(image, classList)) {
            dumpArchive(image, app, classList);
        }
        if (!type.equals("app-image")) {
            // The archive records the image's own paths; an installed copy makes its own (see postinst).
            Path forInstaller = work.resolve("installer-image");
            copyTree(images, forInstaller);
            Files.deleteIfExists(appDir(forInstaller.resolve(image.getFileName())).resolve("parallax.jsa"));
            if (type.equals("deb")) {
                // Left uncompressed here: addCommandToDeb compresses it once, when it adds the command.
                jpackageProcess(installerOptions(forInstaller.resolve(image.getFileName())),
                        Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"));
                addCommandToDeb();
            } else {
                jpackage(installerOptions(forInstaller.resolve(image.getFileName())));
            }
        }
        log("done: " + work);
    }

    /** The jar, its libraries (native code of other systems left out) and the example articles. */
    Path stageInput() throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("parallax.jar"), input.resolve("parallax.jar"));
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                Path to = input.resolve("lib").resolve(jar.getFileName());
                String name = jar.getFileName().toString();
                if (name.startsWith("onnxruntime-")) {
                    keepOnlyNatives(jar, to, "ai/onnxruntime/native/", onnxPlatform());
                } else if (name.startsWith("tokenizers-")) {
                    keepOnlyNatives(jar, to, "native/lib/", djlPlatform());
                } else {
                    Files.copy(jar, to);
                }
            }
        }
        copyTree(project.resolve("articles"), input.resolve("articles"));
        return input;
    }

    /** Copies a jar without the native libraries of other systems (ONNX Runtime's jar is 89 MB with all of them). */
    static void keepOnlyNatives(Path jar, Path to, String nativeRoot, String platform) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.startsWith(nativeRoot) && name.length() > nativeRoot.length()
                        && !name.startsWith(nativeRoot + platform + "/") && name.substring(nativeRoot.length()).contains("/")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    String onnxPlatform() {
        return (os.startsWith("windows") ? "win" : os.startsWith("mac") ? "osx" : "linux") + "-" + arch("x64");
    }

    String djlPlatform() {
        return (os.startsWith("windows") ? "win" : os.startsWith("mac") ? "osx" : "linux") + "-" + arch("x86_64");
    }

    static String arch(String x64) {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") || arch.equals("x86_64") ? x64 : arch;
    }

    /**
     * The JDK modules the jars use, by one jdeps run: the jars with a module-info at their root go on its module
     * path (JavaFX, ControlsFX, Lucene…), the rest are read as plain jars (base versions, so a module-info
     * under META-INF/versions does not make jdeps look for modules that are not there).
     */
    String modules(Path input) throws IOException {
        Path modulePath = work.resolve("jdeps-modules");
        Files.createDirectories(modulePath);
        List<String> args = new ArrayList<>(List.of("--multi-release", "base", "--ignore-missing-deps", "-q",
                "--module-path", modulePath.toString(), "--list-deps", input.resolve("parallax.jar").toString()));
        try (Stream<Path> lib = Files.list(input.resolve("lib"))) {
            for (Path jar : lib.sorted().toList()) {
                args.add(jar.toString());
                if (hasModuleInfo(jar)) {
                    Files.copy(jar, modulePath.resolve(jar.getFileName()));
                }
            }
        }
        Set<String> modules = new TreeSet<>(EXTRA_MODULES);
        for (String line : run("jdeps", args.toArray(String[]::new)).split("\\R")) {
            String module = line.strip().replaceAll("/.*", "");
            if (module.matches("(java|jdk)\\.[a-z.]+")) {
                modules.add(module);
            } else if (!module.isEmpty() && !module.matches("[a-z][\\w.]*")) {
                throw new IllegalStateException("jdeps: " + line);
            }
        }
        return String.join(",", modules);
    }

    static boolean hasModuleInfo(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("module-info.class") != null;
        }
    }

    List<String> appImageOptions(Path input, Path dest, String modules) {
        List<String> o = new ArrayList<>(List.of(
                "--type", "app-image", "--dest", dest.toString(),
                "--name", NAME, "--app-version", numericVersion(),
                "--vendor", "Parallax", "--description", "Compare news coverage side by side",
                "--copyright", "Parallax authors",
                "--input", input.toString(), "--main-jar", "parallax.jar", "--main-class", MAIN_CLASS,
                "--add-modules", modules,
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files --generate-cds-archive",
                // The tokenizer library must never reach the network; a mismatched or missing archive is
                // ignored quietly (an installed copy writes its own, see postinst).
                "--java-options", "-DOPT_OUT_TRACKING=true",
                "--java-options", "-XX:SharedArchiveFile=$APPDIR/parallax.jsa",
                "--java-options", "-Xlog:cds=off",
                "--java-options", "-Xlog:cds+dynamic=off",
                "--icon", icon().toString()));
        if (os.startsWith("windows")) {
            // The main launcher is a GUI program; this one prints to the console for the command line.
            o.addAll(List.of("--add-launcher", "parallax=" + project.resolve("packaging/windows/console.properties")));
        }
        return o;
    }

    List<String> installerOptions(Path image) {
        List<String> o = new ArrayList<>(List.of(
                "--type", type, "--dest", work.toString(), "--app-image", image.toString(),
                "--name", NAME, "--app-version", numericVersion(),
                "--vendor", "Parallax", "--description", "Compare news coverage side by side",
                "--about-url", "https://github.com/parallax-reader/parallax"));
        if (os.startsWith("linux")) {
            o.addAll(List.of("--resource-dir", project.resolve("packaging/linux").toString(),
                    "--linux-package-name", "parallax", "--linux-shortcut",
                    "--linux-menu-group", "Office;Education;", "--linux-app-category", "education",
                    "--linux-deb-maintainer", "parallax@example.org",
                    "--linux-package-deps", "libgtk-3-0 | libgtk-3-0t64",
                    "--icon", icon().toString()));
        } else if (os.startsWith("windows")) {
            o.addAll(List.of("--win-menu", "--win-menu-group", "Parallax", "--win-shortcut", "--win-dir-chooser",
                    "--win-per-user-install", "--win-upgrade-uuid", "7c1d7f0e-3b0a-4c5e-9a43-6d6f5a1e2b10"));
            for (String ext : List.of("txt", "md", "html", "pdf")) {
                o.addAll(List.of("--file-associations", project.resolve("packaging/windows/" + ext + ".properties").toString()));
            }
        } else if (os.startsWith("mac")) {
            o.addAll(List.of("--mac-package-identifier", "app.parallax", "--mac-package-name", NAME));
        }
        return o;
    }

    Path icon() {
        String ext = os.startsWith("windows") ? "ico" : os.startsWith("mac") ? "icns" : "png";
        return project.resolve("packaging/icon/parallax." + ext);
    }

    /** jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    String numericVersion() {
        String numeric = version.replaceAll("[^0-9.].*$", "");
        if (!numeric.matches("\\d+(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("cannot make a package version of " + version);
        }
        return numeric;
    }

    static Path appDir(Path image) {
        return Files.isDirectory(image.resolve("Contents")) ? image.resolve("Contents/app")
                : Files.isDirectory(image.resolve("lib/app")) ? image.resolve("lib/app") : image.resolve("app");
    }

    Path launcher(Path image) {
        if (os.startsWith("windows")) {
            return image.resolve(NAME + ".exe");
        }
        return os.startsWith("mac") ? image.resolve("Contents/MacOS/" + NAME) : image.resolve("bin/" + NAME);
    }

    static Path runtimeJava(Path image) {
        for (Path candidate : List.of(image.resolve("lib/runtime/bin/java"), image.resolve("runtime/bin/java.exe"),
                image.resolve("Contents/runtime/Contents/Home/bin/java"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no java in the runtime of " + image);
    }

    /**
     * Runs the packaged app once and records the classes it loads, for the AppCDS archive. With a display (or
     * xvfb-run) the reader is opened on two examples until its first comparison is shown, which covers JavaFX
     * and the engine; without one, {@code compare} on them (the engine and the command line).
     */
    boolean train(Path image, Path classList) throws IOException, InterruptedException {
        Path articles = appDir(image).resolve("articles");
        List<String> seeds = List.of(articles.resolve("000_7b91463196abbf0d.txt").toString(),
                articles.resolve("004_ffca89aebb2905a1.txt").toString());
        boolean linux = os.startsWith("linux");
        boolean xvfb = linux && System.getenv("DISPLAY") == null && onPath("xvfb-run");
        boolean display = linux && (System.getenv("DISPLAY") != null || xvfb);
        List<String> command = new ArrayList<>();
        if (xvfb) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.add(launcher(image).toString());
        if (!display) {
            command.add("compare");
        }
        command.addAll(seeds);
        Path settings = Files.createTempDirectory(work, "settings");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList
                + " -Djava.util.prefs.userRoot=" + settings);
        pb.environment().put("PARALLAX_STARTUP_REPORT", "1");
        log("training run for the class list (" + (display ? "reader" : "compare") + ")");
        Process p = pb.start();
        boolean reported = false;
        try (var err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.startsWith("parallax-startup: comparison")) {
                    reported = true;
                    // the reader first (it would outlive xvfb-run), then xvfb-run
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                    break;
                }
                if (!line.startsWith("Picked up")) {
                    System.err.println("  " + line);
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        deleteTree(settings);
        boolean ok = display ? reported : p.exitValue() == 0;
        if (!ok || !Files.isRegularFile(classList)) {
            log("training run failed; the package has no AppCDS archive");
            Files.deleteIfExists(classList);
            return false;
        }
        return true;
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** A static AppCDS archive of the classes in the list, at the path the launcher's options name. */
    void dumpArchive(Path image, Path app, Path classList) throws IOException, InterruptedException {
        Path jsa = app.resolve("parallax.jsa");
        Process p = new ProcessBuilder(runtimeJava(image).toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + jsa,
                "-cp", app.resolve("parallax.jar").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("cds-dump.log").toFile()).start();
        if (p.waitFor() != 0 || !Files.isRegularFile(jsa)) {
            log("AppCDS dump failed (see " + work.resolve("cds-dump.log") + "); the package has no archive");
            Files.deleteIfExists(jsa);
            return;
        }
        log("AppCDS archive: " + Files.size(jsa) / 1_000_000 + " MB");
    }

    /**
     * jpackage installs the app under /opt/parallax; the command line wants {@code parallax} on the PATH. The
     * link is part of the package's files (not made by a script), so it also exists after {@code dpkg -x}.
     */
    void addCommandToDeb() throws IOException, InterruptedException {
        Path deb;
        try (Stream<Path> files = Files.list(work)) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no .deb"));
        }
        Path tree = work.resolve("deb-tree");
        String script = "set -e; dpkg-deb -R '" + deb + "' '" + tree + "'; mkdir -p '" + tree + "/usr/bin'; "
                + "ln -s ../../opt/parallax/bin/" + NAME + " '" + tree + "/usr/bin/parallax'; "
                + "dpkg-deb -Zgzip -z6 --build '" + tree + "' '" + deb + "' >/dev/null";
        exec(List.of("fakeroot", "sh", "-c", script));
        deleteTree(tree);
        log("package: " + deb + " (" + Files.size(deb) / 1_000_000 + " MB)");
    }

    void jpackage(List<String> options) {
        log("jpackage " + String.join(" ", options));
        String out = run("jpackage", options.toArray(String[]::new));
        if (!out.isBlank()) {
            System.err.print(out);
        }
    }

    /** jpackage as a process, for the environment it hands to the packaging tools it runs. */
    void jpackageProcess(List<String> options, Map<String, String> environment) throws IOException, InterruptedException {
        log("jpackage " + String.join(" ", options));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jpackage").toString());
        command.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().putAll(environment);
        if (pb.start().waitFor() != 0) {
            throw new IllegalStateException("jpackage failed");
        }
    }

    /** Runs a JDK tool in this JVM and returns what it printed (jdeps its findings, jpackage its problems). */
    static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is missing: use a full JDK 17 (Debian: openjdk-17-jdk)"));
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        int code = provider.run(writer, writer, args);
        writer.flush();
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (" + code + "):\n" + text);
        }
        return text.toString();
    }

    static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    static final long STARTED = System.nanoTime();

    static void log(String message) {
        System.err.printf(Locale.ROOT, "[package %5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
    }
}
