package io.github.jooqpgai.it.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a tree of generated sources into a sorted map of relative path to content, for whole-tree comparisons.
 *
 * <pre>{@code
 * assertThat(SourceTrees.read(ours)).isEqualTo(SourceTrees.read(stock));
 * }</pre>
 */
final class SourceTrees {

    private SourceTrees() {
    }

    static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
