package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import liquibase.change.AbstractChange;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawParameterizedSqlStatement;
import org.jooq.Query;
import org.jooq.conf.ParamType;

/**
 * The common part of our change types: the SQL is the jooq-pgai DSL's query, rendered inlined by jOOQ
 * (so {@code update-sql} prints exactly what runs), and validation reports the DSL's own checks as
 * Liquibase validation errors naming the attribute.
 *
 * <pre>{@code
 * CreateVectorizerChange change = ...;
 * ValidationErrors errors = change.validate(database); // e.g. "createVectorizer chunking.chunkOverlap: invalid chunk_overlap = 800: ..."
 * }</pre>
 */
public abstract class VectorizerChange extends AbstractChange {

    @Override
    public String getSerializedObjectNamespace() {
        return PgaiNamespaceDetails.NAMESPACE;
    }

    @Override
    public boolean supports(Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors(this);
        try {
            query();
        } catch (ChangeAttributeException e) {
            errors.addError(getSerializedObjectName() + " " + e.getMessage());
            return errors;
        } catch (InvalidVectorizerConfigException e) {
            errors.addError(getSerializedObjectName() + " " + ConfigElement.camelCase(e.parameter()) + ": " + e.getMessage());
            return errors;
        }
        errors.addAll(super.validate(database));
        return errors;
    }

    /** Warnings need the statements; an invalid configuration has none and is reported by {@link #validate}. */
    @Override
    public Warnings warn(Database database) {
        try {
            query();
        } catch (IllegalArgumentException e) {
            return new Warnings();
        }
        return super.warn(database);
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return new SqlStatement[] {new RawParameterizedSqlStatement(query().getSQL(ParamType.INLINED))};
    }

    /** Our statements depend only on the change's attributes, never on the database's state. */
    @Override
    public boolean generateStatementsVolatile(Database database) {
        return false;
    }

    /**
     * The DSL's query for this change.
     *
     * @throws ChangeAttributeException or {@link InvalidVectorizerConfigException} naming the attribute that is wrong
     */
    abstract Query query();

    /** A required attribute. */
    static <T> T required(String attribute, T value) {
        if (value == null) {
            throw new ChangeAttributeException(attribute, "is required");
        }
        return value;
    }
}
