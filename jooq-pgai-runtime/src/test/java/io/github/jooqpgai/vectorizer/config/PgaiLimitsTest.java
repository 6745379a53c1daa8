package io.github.jooqpgai.vectorizer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import org.junit.jupiter.api.Test;

/** Every check that names a vectorizer, a table or a role, and every dimension check, applies the same limits. */
class PgaiLimitsTest {

    private static final String LONGEST = "n".repeat(PgaiLimits.MAX_IDENTIFIER_BYTES);
    private static final String TOO_LONG = LONGEST + "n";

    @Test
    void theIdentifierLimitIsTheSameForConfigRecordsVectorizerNamesAndManagementCalls() {
        assertThat(Destination.table().withTargetTable(LONGEST).targetTable()).isEqualTo(LONGEST);
        assertThat(PgaiLimits.vectorizerName(LONGEST)).isEqualTo(LONGEST);
        assertThatThrownBy(() -> Destination.table().withTargetTable(TOO_LONG)).hasMessageContaining("is 64 bytes long");
        assertThatThrownBy(() -> PgaiDSL.dropVectorizer(TOO_LONG)).hasMessageContaining("is 64 bytes long");
        assertThatThrownBy(() -> PgaiDSL.createVectorizer(org.jooq.impl.DSL.name("blog")).loading(Loading.column("body"))
                .embedding(Embedding.openai("m", 3)).queueTable(TOO_LONG).spec()).hasMessageContaining("is 64 bytes long");
    }

    @Test
    void theDimensionLimitIsPgvectors() {
        assertThat(Embedding.openai("m", PgaiLimits.MAX_DIMENSIONS).dimensions()).isEqualTo(16_000);
        assertThatThrownBy(() -> Embedding.ollama("m", PgaiLimits.MAX_DIMENSIONS + 1)).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessage("invalid dimensions = 16001: must be between 1 and 16000 (pgvector's vector type holds at most 16000 dimensions)");
    }

    @Test
    void aVectorizerNameFollowsPgaisCheckConstraint() {
        assertThatThrownBy(() -> PgaiLimits.vectorizerName("Blog")).isInstanceOf(InvalidVectorizerConfigException.class)
                .hasMessage("invalid name = \"Blog\": must match ^[a-z][a-z_0-9]*$ (pgai's check constraint)");
        assertThat(PgaiLimits.vectorizerName(null)).as("no name: pgai derives one").isNull();
    }
}
