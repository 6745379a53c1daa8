package io.github.jooqpgai.it.codegen;

import io.github.jooqpgai.codegen.PgaiGeneratorStrategy;
import org.jooq.meta.SchemaDefinition;

/**
 * A user's strategy renaming the generated {@code Vectorizers} class, configured as
 * {@code <strategy><name>io.github.jooqpgai.it.codegen.AiVectorizersStrategy</name></strategy>}.
 */
public class AiVectorizersStrategy extends PgaiGeneratorStrategy {

    /** The generated class name. */
    static final String CLASS_NAME = "AiVectorizers";

    @Override
    public String getVectorizersClassName(SchemaDefinition schema) {
        return CLASS_NAME;
    }
}
