package io.github.jooqpgai.bindings;

import org.jooq.Context;
import org.jooq.Schema;
import org.jooq.impl.DSL;

/**
 * Renders the schema of pgvector's types as a qualifier the way jOOQ renders a table's schema: through the
 * configured render mapping, and not at all when {@code renderSchema} is off or the schema maps to the
 * default schema.
 *
 * <pre>{@code
 * PgvectorSchema.renderQualifier(ctx, "extensions");   // "extensions".
 * PgvectorSchema.renderQualifier(ctx, null);           // nothing
 * }</pre>
 */
final class PgvectorSchema {

    private PgvectorSchema() {
    }

    static void renderQualifier(Context<?> ctx, String schema) {
        if (schema == null) {
            return;
        }
        Schema mapped = ctx.dsl().map(DSL.schema(DSL.name(schema)));
        if (mapped != null && !mapped.getName().isEmpty()) {
            ctx.visit(mapped.getUnqualifiedName()).sql('.');
        }
    }
}
