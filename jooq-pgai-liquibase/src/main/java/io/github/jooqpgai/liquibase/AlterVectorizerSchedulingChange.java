package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import org.jooq.Query;

/**
 * {@code <pgai:alterVectorizerScheduling name="...">} with nested {@code scheduling} and {@code indexing}:
 * {@code ai.set_scheduling(...)}, pgai's only way to change a stored vectorizer, written by the DSL's
 * {@code PgaiDSL.setScheduling(name, scheduling, indexing)}. Both parts are required because pgai replaces
 * both. No automatic rollback (the previous values are not in the changelog): write a {@code <rollback>}
 * with the previous scheduling and indexing.
 *
 * <pre>{@code
 * <pgai:alterVectorizerScheduling name="blog_embeddings">
 *   <pgai:scheduling type="none"/>
 *   <pgai:indexing type="none"/>
 * </pgai:alterVectorizerScheduling>
 * }</pre>
 */
@DatabaseChange(name = "alterVectorizerScheduling", description = "Replaces a pgai vectorizer's scheduling and indexing (ai.set_scheduling)",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public final class AlterVectorizerSchedulingChange extends VectorizerChange {

    private String name;
    private SchedulingElement scheduling;
    private IndexingElement indexing;

    @DatabaseChangeProperty(description = "The vectorizer's name", requiredForDatabase = "postgresql")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @DatabaseChangeProperty(description = "The new scheduling", requiredForDatabase = "postgresql")
    public SchedulingElement getScheduling() {
        return scheduling;
    }

    public void setScheduling(SchedulingElement scheduling) {
        this.scheduling = scheduling;
    }

    @DatabaseChangeProperty(description = "The new indexing", requiredForDatabase = "postgresql")
    public IndexingElement getIndexing() {
        return indexing;
    }

    public void setIndexing(IndexingElement indexing) {
        this.indexing = indexing;
    }

    @Override
    Query query() {
        try {
            return PgaiDSL.setScheduling(required("name", name), required("scheduling", scheduling).toConfig(),
                    required("indexing", indexing).toConfig());
        } catch (InvalidVectorizerConfigException e) {
            throw new ChangeAttributeException(ConfigElement.camelCase(e.parameter()), e.getMessage());
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Scheduling and indexing of vectorizer " + name + " replaced";
    }

    @Override
    public boolean supportsRollback(Database database) {
        return false;
    }
}
