package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import io.github.jooqpgai.vectorizer.internal.PgaiSql.NamedArgument;
import io.github.jooqpgai.vectorizer.config.Indexing;
import io.github.jooqpgai.vectorizer.config.IndexingDiskann;
import io.github.jooqpgai.vectorizer.config.IndexingHnsw;
import io.github.jooqpgai.vectorizer.config.Scheduling;
import java.util.List;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.SQLDataType;

/**
 * {@code ai.set_scheduling(vectorizer_id, scheduling, indexing)}, pgai's only way to change a stored
 * vectorizer. It always replaces both parts (an omitted {@code indexing} would reset the stored one to
 * {@code indexing_default}), so both are required here.
 */
final class SetScheduling {

    private SetScheduling() {
    }

    static Field<JSONB> call(Field<Integer> vectorizerId, Scheduling scheduling, Indexing indexing) {
        check(scheduling, indexing);
        return PgaiSql.function("set_scheduling", SQLDataType.JSONB, List.of(
                new NamedArgument("vectorizer_id", vectorizerId),
                new NamedArgument("scheduling", PgaiSql.config(scheduling)),
                new NamedArgument("indexing", PgaiSql.config(indexing))));
    }

    private static void check(Scheduling scheduling, Indexing indexing) {
        if (scheduling == null) {
            throw new InvalidVectorizerConfigException("scheduling", null,
                    "is required: set_scheduling replaces the stored scheduling (Scheduling.defaults() for pgai's default)");
        }
        if (indexing == null) {
            throw new InvalidVectorizerConfigException("indexing", null,
                    "is required: set_scheduling replaces the stored indexing (Indexing.defaults() for pgai's default)");
        }
        if (scheduling instanceof Scheduling.None && (indexing instanceof IndexingHnsw || indexing instanceof IndexingDiskann)) {
            throw new InvalidVectorizerConfigException("indexing", indexing,
                    "automatic indexing needs scheduling; with scheduling => Scheduling.none() use Indexing.none()");
        }
    }
}
