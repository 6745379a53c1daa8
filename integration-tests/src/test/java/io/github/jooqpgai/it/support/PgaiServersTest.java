package io.github.jooqpgai.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.it.support.PgaiServers.Kind;
import org.junit.jupiter.api.Test;

class PgaiServersTest {

    @Test
    void testcontainersWithoutDockerFailsTheBuildWithAReason() {
        assertThatThrownBy(() -> PgaiServers.decide(null, "testcontainers", () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dpgai.db=testcontainers needs a Docker engine and none answers here")
                .hasMessageContaining("Run without -Dpgai.db");
    }

    @Test
    void unknownDatabaseKindIsAnError() {
        assertThatThrownBy(() -> PgaiServers.decide(null, "h2", () -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dpgai.db=h2 is not known");
    }

    @Test
    void choosesTheServerByUrlThenPropertyThenEmbedded() {
        assertThat(PgaiServers.decide("jdbc:postgresql://h/db", "testcontainers", () -> false)).isEqualTo(Kind.EXTERNAL);
        assertThat(PgaiServers.decide(null, "testcontainers", () -> true)).isEqualTo(Kind.CONTAINER);
        assertThat(PgaiServers.decide(" ", null, () -> false)).isEqualTo(Kind.EMBEDDED);
        assertThat(PgaiServers.decide(null, "embedded", () -> false)).isEqualTo(Kind.EMBEDDED);
    }
}
