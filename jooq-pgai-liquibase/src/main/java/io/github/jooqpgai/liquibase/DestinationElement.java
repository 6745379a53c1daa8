package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.Destination;

/**
 * {@code <pgai:destination type="table" destination="blog_embeddings" targetSchema="..." targetTable="..."
 * viewSchema="..." viewName="..."/>} or {@code <pgai:destination type="column" embeddingColumn="embedding"/>}:
 * the DSL's {@code Destination.table(...)} or {@code Destination.column(...)}.
 *
 * <pre>{@code
 * <pgai:destination type="table" destination="blog_embeddings"/>
 * }</pre>
 */
public final class DestinationElement extends ConfigElement {

    private String type;
    private String destination;
    private String targetSchema;
    private String targetTable;
    private String viewSchema;
    private String viewName;
    private String embeddingColumn;

    @Override
    public String getSerializedObjectName() {
        return "destination";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getTargetSchema() {
        return targetSchema;
    }

    public void setTargetSchema(String targetSchema) {
        this.targetSchema = targetSchema;
    }

    public String getTargetTable() {
        return targetTable;
    }

    public void setTargetTable(String targetTable) {
        this.targetTable = targetTable;
    }

    public String getViewSchema() {
        return viewSchema;
    }

    public void setViewSchema(String viewSchema) {
        this.viewSchema = viewSchema;
    }

    public String getViewName() {
        return viewName;
    }

    public void setViewName(String viewName) {
        this.viewName = viewName;
    }

    public String getEmbeddingColumn() {
        return embeddingColumn;
    }

    public void setEmbeddingColumn(String embeddingColumn) {
        this.embeddingColumn = embeddingColumn;
    }

    /** The DSL's destination config; its checks run. */
    public Destination toConfig() {
        String kind = variant(type, "table", "column");
        if (kind.equals("column")) {
            absent(kind, "destination", destination);
            absent(kind, "targetSchema", targetSchema);
            absent(kind, "targetTable", targetTable);
            absent(kind, "viewSchema", viewSchema);
            absent(kind, "viewName", viewName);
            return build(() -> Destination.column(embeddingColumn));
        }
        absent(kind, "embeddingColumn", embeddingColumn);
        return build(() -> Destination.table().withDestination(destination).withTargetSchema(targetSchema)
                .withTargetTable(targetTable).withViewSchema(viewSchema).withViewName(viewName));
    }
}
