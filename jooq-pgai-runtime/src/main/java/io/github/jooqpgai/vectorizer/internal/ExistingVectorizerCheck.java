package io.github.jooqpgai.vectorizer.internal;

import io.github.jooqpgai.vectorizer.PgaiException;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * After {@code ai.create_vectorizer(..., if_not_exists => true)}: pgai returns the id of an existing
 * vectorizer when only its NAME matches, even if it belongs to another source table. This check reads
 * the returned vectorizer's source (same connection) and fails when it is not this call's source.
 * pgai compares nothing else: a vectorizer of the same name on the same table with a different config
 * is returned as it is.
 */
final class ExistingVectorizerCheck {

    /** SQLSTATE duplicate_object, as pgai uses for a taken name without {@code if_not_exists}. */
    static final String DUPLICATE_OBJECT = "42710";

    private ExistingVectorizerCheck() {
    }

    static void requireSource(DSLContext dsl, int id, SourceShape source) {
        Record3<String, String, String> existing = dsl.select(
                        DSL.field(DSL.name("v", "name"), SQLDataType.VARCHAR),
                        DSL.field(DSL.name("v", "source_schema"), SQLDataType.VARCHAR),
                        DSL.field(DSL.name("v", "source_table"), SQLDataType.VARCHAR))
                .from(DSL.table(DSL.name("ai", "vectorizer")).as("v"))
                .where(DSL.field(DSL.name("v", "id"), SQLDataType.INTEGER).eq(id))
                .fetchSingle();
        if (!existing.value2().equals(source.schema()) || !existing.value3().equals(source.name())) {
            throw new PgaiException("a vectorizer named " + existing.value1() + " already exists on source table "
                    + existing.value2() + "." + existing.value3() + ", not on " + source.qualifiedName()
                    + "; ifNotExists() only skips a vectorizer of the same name on the same source table", DUPLICATE_OBJECT, null);
        }
    }
}
