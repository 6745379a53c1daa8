package io.github.jooqpgai.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

/**
 * Checksums are stable across parses and JVM runs (pinned values), equal for the same change in XML, YAML
 * and JSON, and cover the nested elements' attributes.
 */
class ChecksumTest {

    /** Computed once by this test; a change here means every applied changeset would fail validation. */
    private static final List<String> FULL_XML = List.of(
            "9:eaa8c2adfadd4efb52a9c1bd17f945ba", "9:c535cfd4a2f8dbd36e707e5f84028b61",
            "9:fd6cba22b2eb4e6c516a7c5b9ffd848d", "9:82f27d61e157131ebb24e303fddeccaf");

    @Test
    void checksumsArePinned() throws Exception {
        assertThat(checksums("changelogs/full.xml")).isEqualTo(FULL_XML);
        assertThat(checksums("changelogs/full.xml")).isEqualTo(checksums("changelogs/full.xml"));
    }

    @Test
    void theSameChangeHasTheSameChecksumInEveryFormat() throws Exception {
        String xml = checksums("changelogs/full.xml").get(0);

        assertThat(checksums("changelogs/full.yaml")).containsExactly(xml);
        assertThat(checksums("changelogs/full.json")).containsExactly(xml);
    }

    @Test
    void aNestedAttributeChangesTheChecksum() throws Exception {
        assertThat(checksums("changelogs/full-changed.yaml")).doesNotContainAnyElementsOf(checksums("changelogs/full.yaml"));
    }

    private static List<String> checksums(String changelog) throws Exception {
        List<ChangeSet> changeSets = OfflineLiquibase.parse(changelog);
        return Scope.child(Map.of(Scope.Attr.checksumVersion.name(), ChecksumVersion.latest()),
                () -> changeSets.stream().map(c -> c.generateCheckSum(ChecksumVersion.latest()).toString()).toList());
    }
}
