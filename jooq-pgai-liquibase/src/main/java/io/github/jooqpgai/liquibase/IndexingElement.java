package io.github.jooqpgai.liquibase;

import io.github.jooqpgai.vectorizer.config.DiskannStorageLayout;
import io.github.jooqpgai.vectorizer.config.HnswOpclass;
import io.github.jooqpgai.vectorizer.config.Indexing;

/**
 * {@code <pgai:indexing type="none|default|hnsw|diskann" minRows="100000" .../>}: the DSL's
 * {@code Indexing.none()}, {@code Indexing.defaults()}, {@code Indexing.hnsw()} (opclass, m, efConstruction) or
 * {@code Indexing.diskann()} (storageLayout, numNeighbors, searchListSize, maxAlpha, numDimensions,
 * numBitsPerDimension), both with minRows and createWhenQueueEmpty.
 *
 * <pre>{@code
 * <pgai:indexing type="hnsw" opclass="vector_ip_ops" m="16" efConstruction="64"/>
 * }</pre>
 */
public final class IndexingElement extends ConfigElement {

    private String type;
    private String minRows;
    private String createWhenQueueEmpty;
    private String opclass;
    private String m;
    private String efConstruction;
    private String storageLayout;
    private String numNeighbors;
    private String searchListSize;
    private String maxAlpha;
    private String numDimensions;
    private String numBitsPerDimension;

    @Override
    public String getSerializedObjectName() {
        return "indexing";
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMinRows() {
        return minRows;
    }

    public void setMinRows(String minRows) {
        this.minRows = minRows;
    }

    public String getCreateWhenQueueEmpty() {
        return createWhenQueueEmpty;
    }

    public void setCreateWhenQueueEmpty(String createWhenQueueEmpty) {
        this.createWhenQueueEmpty = createWhenQueueEmpty;
    }

    public String getOpclass() {
        return opclass;
    }

    public void setOpclass(String opclass) {
        this.opclass = opclass;
    }

    public String getM() {
        return m;
    }

    public void setM(String m) {
        this.m = m;
    }

    public String getEfConstruction() {
        return efConstruction;
    }

    public void setEfConstruction(String efConstruction) {
        this.efConstruction = efConstruction;
    }

    public String getStorageLayout() {
        return storageLayout;
    }

    public void setStorageLayout(String storageLayout) {
        this.storageLayout = storageLayout;
    }

    public String getNumNeighbors() {
        return numNeighbors;
    }

    public void setNumNeighbors(String numNeighbors) {
        this.numNeighbors = numNeighbors;
    }

    public String getSearchListSize() {
        return searchListSize;
    }

    public void setSearchListSize(String searchListSize) {
        this.searchListSize = searchListSize;
    }

    public String getMaxAlpha() {
        return maxAlpha;
    }

    public void setMaxAlpha(String maxAlpha) {
        this.maxAlpha = maxAlpha;
    }

    public String getNumDimensions() {
        return numDimensions;
    }

    public void setNumDimensions(String numDimensions) {
        this.numDimensions = numDimensions;
    }

    public String getNumBitsPerDimension() {
        return numBitsPerDimension;
    }

    public void setNumBitsPerDimension(String numBitsPerDimension) {
        this.numBitsPerDimension = numBitsPerDimension;
    }

    /** The DSL's indexing config; its checks run. */
    public Indexing toConfig() {
        String kind = variant(type, "none", "default", "hnsw", "diskann");
        if (!kind.equals("hnsw")) {
            absent(kind, "opclass", opclass);
            absent(kind, "m", m);
            absent(kind, "efConstruction", efConstruction);
        }
        if (!kind.equals("diskann")) {
            absent(kind, "storageLayout", storageLayout);
            absent(kind, "numNeighbors", numNeighbors);
            absent(kind, "searchListSize", searchListSize);
            absent(kind, "maxAlpha", maxAlpha);
            absent(kind, "numDimensions", numDimensions);
            absent(kind, "numBitsPerDimension", numBitsPerDimension);
        }
        if (kind.equals("none") || kind.equals("default")) {
            absent(kind, "minRows", minRows);
            absent(kind, "createWhenQueueEmpty", createWhenQueueEmpty);
            return kind.equals("none") ? Indexing.none() : Indexing.defaults();
        }
        int rows = integer("minRows", minRows, Indexing.DEFAULT_MIN_ROWS);
        boolean whenEmpty = !Boolean.FALSE.equals(bool("createWhenQueueEmpty", createWhenQueueEmpty));
        if (kind.equals("hnsw")) {
            Integer hnswM = integer("m", m);
            Integer ef = integer("efConstruction", efConstruction);
            return build(() -> Indexing.hnsw().withMinRows(rows).withCreateWhenQueueEmpty(whenEmpty)
                    .withOpclass(opclass == null ? HnswOpclass.VECTOR_COSINE_OPS : HnswOpclass.of(opclass))
                    .withM(hnswM).withEfConstruction(ef));
        }
        Integer neighbors = integer("numNeighbors", numNeighbors);
        Integer listSize = integer("searchListSize", searchListSize);
        Integer dims = integer("numDimensions", numDimensions);
        Integer bits = integer("numBitsPerDimension", numBitsPerDimension);
        Double alpha = decimal("maxAlpha", maxAlpha);
        return build(() -> Indexing.diskann().withMinRows(rows).withCreateWhenQueueEmpty(whenEmpty)
                .withStorageLayout(storageLayout == null ? null : DiskannStorageLayout.of(storageLayout))
                .withNumNeighbors(neighbors).withSearchListSize(listSize).withMaxAlpha(alpha)
                .withNumDimensions(dims).withNumBitsPerDimension(bits));
    }

    private Double decimal(String attribute, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new ChangeAttributeException(label(attribute), "invalid " + attribute + " = \"" + value + "\": must be a number");
        }
    }
}
