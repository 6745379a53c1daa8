package io.github.jooqpgai.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pg_hba.conf written into a data folder: replaced when it differs, left alone when it holds the rules. */
class ClientAuthenticationTest {

    @TempDir
    Path home;

    @Test
    void aTrustForAllFileIsReplacedOnceAndThenLeftAlone() throws IOException {
        Settings settings = new EmbeddedPgai.Builder(Map.of()).home(home).serverUser("nobody").settings();
        Path hba = Files.createDirectories(home.resolve("data")).resolve("pg_hba.conf");
        Files.writeString(hba, "local all all trust\nhost all all 127.0.0.1/32 trust\n", StandardCharsets.UTF_8);

        assertThat(ClientAuthentication.write(settings)).as("first write").isTrue();
        assertThat(Files.readString(hba, StandardCharsets.UTF_8)).isEqualTo(ClientAuthentication.RULES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hba))).isEqualTo("rw-------");
        assertThat(Files.getOwner(hba).getName()).as("owner").isEqualTo(Host.isRoot() ? "nobody" : System.getProperty("user.name"));
        assertThat(home.resolve("data/pg_hba.conf.jooq-pgai")).as("the file written before the move").doesNotExist();

        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(hba, written);
        assertThat(ClientAuthentication.write(settings)).as("second write").isFalse();
        assertThat(Files.getLastModifiedTime(hba)).as("untouched").isEqualTo(written);
    }

    @Test
    void theRulesTrustOnlyPostgresAndAskEveryOtherRoleForItsScramPassword() {
        assertThat(ClientAuthentication.RULES.lines().filter(line -> !line.startsWith("#")).map(line -> line.trim().split("\\s+")))
                .allSatisfy(rule -> assertThat(rule[rule.length - 1]).as(String.join(" ", rule))
                        .isEqualTo(rule[2].equals("postgres") ? "trust" : "scram-sha-256"))
                .allSatisfy(rule -> assertThat(rule[0].equals("local") || rule[3].equals("127.0.0.1/32")).as(String.join(" ", rule)).isTrue())
                .hasSize(8);
    }
}
