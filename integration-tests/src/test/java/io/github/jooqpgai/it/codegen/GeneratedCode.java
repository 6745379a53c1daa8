package io.github.jooqpgai.it.codegen;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Table;

/**
 * Generated, compiled and loaded code of one run, reached by reflection (the test cannot name classes that
 * did not exist when it was compiled).
 *
 * <pre>{@code
 * GeneratedCode code = GeneratedCode.of(db, "com.example.db", tmp);
 * Table<?> blog = code.table("Blog", "BLOG");
 * Table<?> viewToBlog = code.call(code.table("BlogEmbedding", "BLOG_EMBEDDING"), "blog");
 * }</pre>
 */
final class GeneratedCode {

    private final String packageName;
    private final Path sources;
    private final ClassLoader loader;

    private GeneratedCode(String packageName, Path sources, ClassLoader loader) {
        this.packageName = packageName;
        this.sources = sources;
        this.loader = loader;
    }

    /** Generates with {@code run}, compiles and loads. */
    static GeneratedCode of(CodegenRun run, String packageName, Path workDir) {
        Path sources = run.generate(workDir.resolve("src"));
        return new GeneratedCode(packageName, sources, InProcessCompiler.compileAndLoad(sources, workDir.resolve("classes")));
    }

    Path sources() {
        return sources;
    }

    /** The generated class {@code <package>.<relativeName>}. */
    Class<?> type(String relativeName) {
        try {
            return Class.forName(packageName + "." + relativeName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + packageName + "." + relativeName, e);
        }
    }

    /** Whether a source file {@code <package path>/<relativePath>} was generated. */
    boolean hasSource(String relativePath) {
        return Files.exists(sources.resolve(packageName.replace('.', '/')).resolve(relativePath));
    }

    /** Relative paths of all generated sources under the package directory, sorted. */
    List<String> sourceFiles() {
        Path root = sources.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A generated table class's static instance, e.g. {@code table("BlogEmbedding", "BLOG_EMBEDDING")}. */
    Table<?> table(String className, String constant) {
        return (Table<?>) staticValue("tables." + className, constant);
    }

    /** The value of a public static field. */
    Object staticValue(String relativeClassName, String field) {
        try {
            return type(relativeClassName).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no field " + field + " in " + relativeClassName, e);
        }
    }

    /** Calls a public method by name and arity on a generated object. */
    @SuppressWarnings("unchecked")
    static <T> T call(Object target, String method, Object... args) {
        Method m = Arrays.stream(target.getClass().getMethods())
                .filter(x -> x.getName().equals(method) && x.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + method + "/" + args.length + " on " + target.getClass()));
        try {
            return (T) m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
