package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.PgaiDSL;
import io.github.jooqpgai.vectorizer.DropVectorizerStatement;
import io.github.jooqpgai.vectorizer.config.InvalidVectorizerConfigException;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import org.jooq.Query;

/**
 * {@code <pgai:dropVectorizer name="..." dropAll="true" ifExists="true"/>}: {@code ai.drop_vectorizer(...)},
 * written by the DSL's {@code PgaiDSL.dropVectorizer(name)}. It has no automatic rollback (the dropped
 * vectorizer's configuration is gone): give the changeset a {@code <rollback>} with the
 * {@code createVectorizer} that made it.
 *
 * <pre>{@code
 * <changeSet id="2" author="me">
 *   <pgai:dropVectorizer name="blog_embeddings" dropAll="true"/>
 *   <rollback><pgai:createVectorizer tableName="blog" name="blog_embeddings">...</pgai:createVectorizer></rollback>
 * </changeSet>
 * }</pre>
 */
@DatabaseChange(name = "dropVectorizer", description = "Drops a pgai vectorizer (ai.drop_vectorizer)",
        priority = ChangeMetaData.PRIORITY_DEFAULT)
public final class DropVectorizerChange extends VectorizerChange {

    private String name;
    private Boolean dropAll;
    private Boolean ifExists;

    @DatabaseChangeProperty(description = "The vectorizer's name", requiredForDatabase = "postgresql")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @DatabaseChangeProperty(description = "Also drop the store table and the view (default false, as in pgai's SQL)")
    public Boolean getDropAll() {
        return dropAll;
    }

    public void setDropAll(Boolean dropAll) {
        this.dropAll = dropAll;
    }

    @DatabaseChangeProperty(description = "Do nothing if there is no vectorizer of this name (default false)")
    public Boolean getIfExists() {
        return ifExists;
    }

    public void setIfExists(Boolean ifExists) {
        this.ifExists = ifExists;
    }

    @Override
    Query query() {
        DropVectorizerStatement drop;
        try {
            drop = PgaiDSL.dropVectorizer(required("name", name));
        } catch (InvalidVectorizerConfigException e) {
            throw new ChangeAttributeException("name", e.getMessage());
        }
        drop = Boolean.TRUE.equals(dropAll) ? drop.dropAll() : drop;
        drop = Boolean.TRUE.equals(ifExists) ? drop.ifExists() : drop;
        return drop.asQuery();
    }

    @Override
    public String getConfirmationMessage() {
        return "Vectorizer " + name + " dropped";
    }

    @Override
    public boolean supportsRollback(Database database) {
        return false;
    }
}
