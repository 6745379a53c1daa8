package io.github.jooqpgai.it.codegen;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's compiler on the test JVM's classpath and loads them in a child
 * class loader.
 *
 * <pre>{@code
 * ClassLoader loader = InProcessCompiler.compileAndLoad(src, classes);
 * Class<?> blog = loader.loadClass("com.example.db.tables.Blog");
 * }</pre>
 */
final class InProcessCompiler {

    private InProcessCompiler() {
    }

    static ClassLoader compileAndLoad(Path sources, Path classes) {
        compile(sources, classes);
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InProcessCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles every {@code .java} under {@code sources}; fails with javac's messages. */
    static void compile(Path sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
        }
        List<String> args = new ArrayList<>(List.of("-proc:none", "-Xlint:deprecation", "--release", "17",
                "-classpath", testClasspath(), "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        if (rc != 0) {
            throw new AssertionError("generated code does not compile (javac exit " + rc + "):\n"
                    + diagnostics.toString(StandardCharsets.UTF_8));
        }
    }

    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
