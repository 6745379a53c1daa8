package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /var/tmp fallback state folder is used by root only if nobody else could have planted files in it. */
class FallbackStateFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderOthersCanWriteIsRefused() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> Provisioner.requireOwnedByRoot(folder))
                .isInstanceOf(EmbeddedPgaiException.class)
                .hasMessageContaining("refusing the state folder " + folder)
                .hasMessageContaining("set PGAI_HOME");
    }

    @Test
    void aFolderOfAnotherOwnerIsRefusedAndRootsOwnIsUsed() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("closed"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        if (Host.isRoot()) {
            assertThatCode(() -> Provisioner.requireOwnedByRoot(folder)).doesNotThrowAnyException();
            Files.setOwner(folder, folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        }
        assertThatThrownBy(() -> Provisioner.requireOwnedByRoot(folder)).isInstanceOf(EmbeddedPgaiException.class);
    }

    @Test
    void aMissingFolderIsCreatedLaterByRoot() {
        assertThatCode(() -> Provisioner.requireOwnedByRoot(tmp.resolve("missing"))).doesNotThrowAnyException();
    }
}
