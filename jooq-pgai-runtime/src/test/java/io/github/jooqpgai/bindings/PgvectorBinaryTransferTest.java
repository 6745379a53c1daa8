package io.github.jooqpgai.bindings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgvectorBinaryTransferTest {

    @Test
    void rejectsNonPostgresUrlsWithoutEchoingPasswords() {
        assertThatThrownBy(() -> PgvectorBinaryTransfer.withBinaryTransfer("jdbc:mysql://h/db?user=u&password=s3cret", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jdbcUrl must be a jdbc:postgresql: URL, got 'jdbc:mysql://h/db?user=u&password=***'");
        assertThatThrownBy(() -> PgvectorBinaryTransfer.binaryTransferEnable(null))
                .hasMessage("connection must not be null");
    }
}
