package io.github.jooqpgai.embedded;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL as libpq (and so pgai's worker) reads it, with the password split off for {@code PGPASSWORD}:
 * the password never goes on a command line. Converts {@code jdbc:postgresql://host:port/db?user=u&password=p}
 * ({@code sslmode}, {@code sslrootcert}, {@code ApplicationName}, {@code connectTimeout} carried over; {@code ssl=true}
 * without {@code sslmode} becomes {@code sslmode=verify-full}, as pgjdbc reads it) and accepts {@code postgres://} /
 * {@code postgresql://} URLs as they are (minus a password).
 *
 * @param url      {@code postgres://user@host:port/db[?sslmode=...]}, without a password
 * @param password the password from the URL, if any
 */
record LibpqUrl(String url, Optional<String> password) {

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql:(?://(?<hosts>[^/?]*))?/?(?<db>[^?]*)(?:\\?(?<query>.*))?");
    private static final Pattern LIBPQ = Pattern.compile("(?<scheme>postgres(?:ql)?)://(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?(?<rest>[^?]*)(?:\\?(?<query>.*))?");

    @Override
    public String toString() {
        return "LibpqUrl[" + url + (password.isPresent() ? ", password ***" : "") + "]";
    }

    /** Converts {@code databaseUrl} (JDBC or libpq form). */
    static LibpqUrl of(String databaseUrl) {
        if (databaseUrl == null || databaseUrl.isBlank()) {
            throw new IllegalArgumentException("databaseUrl = " + (databaseUrl == null ? "null" : "'" + databaseUrl + "'")
                    + ": give a jdbc:postgresql:// or postgres:// URL");
        }
        if (databaseUrl.startsWith("jdbc:")) {
            return fromJdbc(databaseUrl);
        }
        Matcher libpq = LIBPQ.matcher(databaseUrl);
        if (!libpq.matches()) {
            throw new IllegalArgumentException("databaseUrl = '" + redact(databaseUrl) + "': not a jdbc:postgresql:// or postgres:// URL");
        }
        if (libpq.group("user") == null && libpq.group("rest").contains("@")) {
            throw new IllegalArgumentException("databaseUrl = '" + redact(databaseUrl) + "': libpq cannot split the user and password off"
                    + " this URL; percent-encode '/' (%2F), '@' (%40) and ':' (%3A) in them");
        }
        Map<String, String> query = query(libpq.group("query"), LibpqUrl::percentDecode);
        String password = query.remove("password");
        if (libpq.group("password") != null) {
            password = percentDecode(libpq.group("password"));
        }
        String user = libpq.group("user");
        String url = libpq.group("scheme") + "://" + (user == null || user.isEmpty() ? "" : user + "@") + libpq.group("rest") + queryString(query);
        return new LibpqUrl(url, Optional.ofNullable(password));
    }

    private static LibpqUrl fromJdbc(String jdbcUrl) {
        Matcher jdbc = JDBC.matcher(jdbcUrl);
        if (!jdbc.matches()) {
            throw new IllegalArgumentException("databaseUrl = '" + redact(jdbcUrl) + "': not a jdbc:postgresql: URL");
        }
        String hosts = jdbc.group("hosts");
        if (hosts != null && hosts.contains("@")) {
            throw new IllegalArgumentException("databaseUrl = '" + redact(jdbcUrl) + "': pgjdbc reads no user or password before the host;"
                    + " give them as ?user=...&password=...");
        }
        if (hosts != null && hosts.contains(",")) {
            throw new IllegalArgumentException("databaseUrl = '" + redact(jdbcUrl) + "': several hosts are not supported for the worker; give one");
        }
        String host = hosts == null || hosts.isEmpty() ? "localhost:5432" : hosts;
        Map<String, String> params = query(jdbc.group("query"), LibpqUrl::decode);
        String user = params.remove("user");
        String password = params.remove("password");
        Map<String, String> libpqParams = new LinkedHashMap<>();
        copy(params, "sslmode", libpqParams, "sslmode");
        String ssl = params.get("ssl");
        if (!libpqParams.containsKey("sslmode") && ssl != null && (ssl.isEmpty() || ssl.equalsIgnoreCase("true"))) {
            libpqParams.put("sslmode", "verify-full"); // pgjdbc's meaning of ssl=true; libpq's default (prefer) may not encrypt
        }
        copy(params, "sslrootcert", libpqParams, "sslrootcert");
        copy(params, "ApplicationName", libpqParams, "application_name");
        copy(params, "connectTimeout", libpqParams, "connect_timeout");
        String url = "postgres://" + (user == null ? "" : encode(user) + "@") + host + "/" + jdbc.group("db") + queryString(libpqParams);
        return new LibpqUrl(url, Optional.ofNullable(password));
    }

    private static void copy(Map<String, String> from, String jdbcName, Map<String, String> to, String libpqName) {
        String value = from.get(jdbcName);
        if (value != null) {
            to.put(libpqName, value);
        }
    }

    private static Map<String, String> query(String query, UnaryOperator<String> decode) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode.apply(pair.substring(0, eq)), decode.apply(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String queryString(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> out.append(out.length() == 0 ? '?' : '&').append(encode(k)).append('=').append(encode(v)));
        return out.toString();
    }

    /** pgjdbc's decoding of URL parameters ({@code +} is a space). */
    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** libpq's decoding of URI parts: only {@code %XX}; a {@code +} stays a plus. */
    private static String percentDecode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The URL with any password replaced, for error messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(://[^:@/?]*:)[^?]*@", "$1***@");
    }
}
