package io.github.jooqpgai.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over what decides the generated code apart from the database itself: the plugin version, the
 * effective configuration and every migration file (path and content). Stored next to the build output after a
 * successful run; an equal fingerprint on the next run means the code is up to date.
 *
 * <pre>{@code
 * GenerationFingerprint f = GenerationFingerprint.of("0.1.0", configText, migrationFolders);
 * if (f.matches(stateFile)) { ... skip ... }
 * }</pre>
 */
final class GenerationFingerprint {

    private final String hex;

    private GenerationFingerprint(String hex) {
        this.hex = hex;
    }

    /** The fingerprint of {@code pluginVersion}, {@code configuration} and the files under {@code migrationFolders}. */
    static GenerationFingerprint of(String pluginVersion, String configuration, List<Path> migrationFolders) {
        MessageDigest digest = sha256();
        update(digest, "plugin:" + pluginVersion);
        update(digest, "configuration:" + configuration);
        for (Path folder : migrationFolders) {
            update(digest, "folder:" + folder.toAbsolutePath().normalize());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, "file:" + folder.relativize(file));
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migrations under " + folder, e);
            }
        }
        return new GenerationFingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether {@code stateFile} holds this fingerprint. */
    boolean matches(Path stateFile) {
        try {
            return Files.isRegularFile(stateFile) && Files.readString(stateFile, StandardCharsets.US_ASCII).trim().equals(hex);
        } catch (IOException e) {
            return false;
        }
    }

    /** Records this fingerprint in {@code stateFile}. */
    void store(Path stateFile) throws IOException {
        Files.createDirectories(stateFile.getParent());
        Files.writeString(stateFile, hex + "\n", StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return hex;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
