package io.github.jooqpgai.liquibase;

import liquibase.parser.LiquibaseParser;
import liquibase.parser.NamespaceDetails;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.serializer.LiquibaseSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

/**
 * Our XML namespace for Liquibase: prefix {@value #SHORT_NAME}, schema {@value #XSD_URL}, which the jar ships
 * at the path Liquibase's entity resolver looks up (the URL without its scheme), so changelogs validate
 * offline.
 *
 * <pre>{@code
 * <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
 *     xmlns:pgai="https://jooqpgai.github.io/xml/ns/liquibase"
 *     xsi:schemaLocation="... https://jooqpgai.github.io/xml/ns/liquibase
 *         https://jooqpgai.github.io/xml/ns/liquibase/jooq-pgai-liquibase-0.1.xsd">
 * }</pre>
 */
public final class PgaiNamespaceDetails implements NamespaceDetails {

    /** The XML namespace of our change types. */
    public static final String NAMESPACE = "https://jooqpgai.github.io/xml/ns/liquibase";
    /** The XSD's URL (resolved from the jar). */
    public static final String XSD_URL = NAMESPACE + "/jooq-pgai-liquibase-0.1.xsd";
    /** The conventional prefix. */
    public static final String SHORT_NAME = "pgai";

    @Override
    public int getPriority() {
        return PRIORITY_EXTENSION;
    }

    @Override
    public boolean supports(LiquibaseSerializer serializer, String namespaceOrUrl) {
        return serializer instanceof XMLChangeLogSerializer && ours(namespaceOrUrl);
    }

    @Override
    public boolean supports(LiquibaseParser parser, String namespaceOrUrl) {
        return parser instanceof XMLChangeLogSAXParser && ours(namespaceOrUrl);
    }

    @Override
    public String getShortName(String namespaceOrUrl) {
        return SHORT_NAME;
    }

    @Override
    public String getSchemaUrl(String namespaceOrUrl) {
        return XSD_URL;
    }

    @Override
    public String[] getNamespaces() {
        return new String[] {NAMESPACE};
    }

    private static boolean ours(String namespaceOrUrl) {
        return NAMESPACE.equals(namespaceOrUrl) || XSD_URL.equals(namespaceOrUrl);
    }
}
