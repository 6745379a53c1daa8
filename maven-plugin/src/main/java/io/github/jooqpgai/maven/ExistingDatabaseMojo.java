package io.github.jooqpgai.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters the plugin's goals share: {@code skip} and an existing database's URL, user and password, each with
 * its environment fallback ({@code JOOQ_PGAI_URL}, {@code JOOQ_PGAI_USER}, {@code JOOQ_PGAI_PASSWORD}).
 *
 * <pre>{@code
 * String url = givenUrl();              // <url>, -Djooq-pgai.url or JOOQ_PGAI_URL; null when none is set
 * Password password = givenPassword();  // never logged
 * }</pre>
 */
abstract class ExistingDatabaseMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "jooq-pgai.skip", defaultValue = "false")
    boolean skip;

    /** JDBC URL of an existing database; falls back to the environment variable {@code JOOQ_PGAI_URL}. */
    @Parameter(property = "jooq-pgai.url")
    private String url;

    /** Database user; falls back to {@code JOOQ_PGAI_USER}. */
    @Parameter(property = "jooq-pgai.user")
    private String user;

    /** Database password; falls back to {@code JOOQ_PGAI_PASSWORD}. Never logged. */
    @Parameter(property = "jooq-pgai.password")
    private String password;

    /** The URL given by parameter or environment, trimmed; null when none. */
    String givenUrl() {
        return firstNonBlank(url, System.getenv("JOOQ_PGAI_URL"));
    }

    /** The user given by parameter or environment, trimmed; null when none. */
    String givenUser() {
        return firstNonBlank(user, System.getenv("JOOQ_PGAI_USER"));
    }

    /** The password given by parameter or environment. */
    Password givenPassword() {
        return Password.of(firstNonBlank(password, System.getenv("JOOQ_PGAI_PASSWORD")));
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b == null || b.isBlank() ? null : b.trim();
    }
}
