package io.github.jooqpgai.maven;

import java.util.regex.Pattern;

/**
 * Makes a JDBC URL safe to print: any {@code password=} parameter is masked.
 *
 * <pre>{@code
 * JdbcUrls.redact("jdbc:postgresql://h/db?user=a&password=s") // "jdbc:postgresql://h/db?user=a&password=****"
 * }</pre>
 */
final class JdbcUrls {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

    private JdbcUrls() {
    }

    /** {@code url} with every password masked. */
    static String redact(String url) {
        if (url == null) {
            return null;
        }
        return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1****")).replaceAll("$1****@");
    }
}
