package io.github.jooqpgai.vectorizer.config;

import java.math.BigInteger;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL {@code interval} exactly as PostgreSQL stores it: months, days and microseconds, each with
 * its own sign ({@code 1 mon -2 days +03:00:00} is a valid interval). {@link Duration} cannot hold months
 * and jOOQ's {@code YearToSecond} folds 24 hours into a day, so neither round-trips every interval.
 * {@link #parse} reads PostgreSQL's output under every {@code IntervalStyle}; {@link #toString()} is
 * PostgreSQL's {@code iso_8601} output, which PostgreSQL reads back exactly.
 *
 * <pre>{@code
 * PostgresInterval.parse("1 mon 2 days 03:04:05.5");         // postgres
 * PostgresInterval.parse("P1M2DT3H4M5.5S");                  // iso_8601
 * PostgresInterval.parse("+0-1 +2 +3:04:05.5");              // sql_standard
 * PostgresInterval.parse("@ 1 mon 2 days 3 hours 4 mins 5.5 secs"); // postgres_verbose
 * PostgresInterval.of(Duration.ofMinutes(5)).toString();     // "PT5M"
 * }</pre>
 *
 * @param months the months part ({@code 1 year} is 12 months)
 * @param days the days part
 * @param microseconds the time part in microseconds
 */
public record PostgresInterval(int months, int days, long microseconds) {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
    private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
    private static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;
    private static final String FRACTION = "(?:\\.(\\d{1,6}))?";
    private static final String TIME = "(\\d+):(\\d{2}):(\\d{2})" + FRACTION;
    private static final Pattern POSTGRES = Pattern.compile(
            "(?:([+-]?\\d+) years?(?: |$))?(?:([+-]?\\d+) mons?(?: |$))?(?:([+-]?\\d+) days?(?: |$))?(?:([+-]?)" + TIME + ")?");
    private static final Pattern VERBOSE = Pattern.compile("@(?: (-?\\d+) years?)?(?: (-?\\d+) mons?)?(?: (-?\\d+) days?)?"
            + "(?: (-?\\d+) hours?)?(?: (-?\\d+) mins?)?(?: (-?)(\\d+)" + FRACTION + " secs?)?( 0)?( ago)?");
    private static final Pattern ISO_8601 = Pattern.compile("P(?:(-?\\d+)Y)?(?:(-?\\d+)M)?(?:(-?\\d+)D)?"
            + "(?:T(?:(-?\\d+)H)?(?:(-?\\d+)M)?(?:(-?)(\\d+)" + FRACTION + "S)?)?");
    private static final Pattern SQL_YEAR_MONTH = Pattern.compile("(-?)(\\d+)-(\\d+)");
    private static final Pattern SQL_DAY_TIME = Pattern.compile("(-?)(?:(\\d+) )?" + TIME);
    private static final Pattern SQL_MIXED = Pattern.compile("([+-])(\\d+)-(\\d+) ([+-])(\\d+) ([+-])" + TIME);

    /**
     * Whole days of {@code duration} become days (as PostgreSQL keeps them apart from hours), the rest the
     * time part.
     *
     * @throws IllegalArgumentException for a duration with nanoseconds (PostgreSQL keeps microseconds) or
     *         one too long for an interval
     */
    public static PostgresInterval of(Duration duration) {
        if (duration.getNano() % 1000 != 0) {
            throw new IllegalArgumentException("PostgreSQL intervals have microsecond precision, " + duration + " has nanoseconds");
        }
        try {
            long micros = Math.addExact(Math.multiplyExact(duration.getSeconds() % 86_400, MICROS_PER_SECOND), duration.getNano() / 1000);
            return new PostgresInterval(0, Math.toIntExact(duration.getSeconds() / 86_400), micros);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too long for a PostgreSQL interval: " + duration, e);
        }
    }

    /**
     * Reads PostgreSQL's interval output under any {@code IntervalStyle}: {@code postgres},
     * {@code postgres_verbose}, {@code sql_standard} or {@code iso_8601}.
     *
     * @throws IllegalArgumentException for text that is none of them (the message quotes it)
     */
    public static PostgresInterval parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("not a PostgreSQL interval: null");
        }
        try {
            PostgresInterval parsed = text.startsWith("P") ? iso8601(text)
                    : text.startsWith("@") ? verbose(text)
                    : postgresOrSqlStandard(text);
            if (parsed != null) {
                return parsed;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("out of range for a PostgreSQL interval: \"" + text + "\"", e);
        }
        throw new IllegalArgumentException("not a PostgreSQL interval (in any IntervalStyle): \"" + text + "\"");
    }

    /** Whether PostgreSQL orders it after {@code '0'::interval} (a month counting 30 days, a day 24 hours). */
    boolean isPositive() {
        BigInteger days = BigInteger.valueOf(months).multiply(BigInteger.valueOf(30)).add(BigInteger.valueOf(this.days));
        return days.multiply(BigInteger.valueOf(MICROS_PER_DAY)).add(BigInteger.valueOf(microseconds)).signum() > 0;
    }

    /** PostgreSQL's {@code iso_8601} output, e.g. {@code P1Y2M3DT4H5M6.5S} or {@code PT0S}; PostgreSQL reads it back exactly. */
    @Override
    public String toString() {
        long hours = microseconds / MICROS_PER_HOUR;
        long minutes = microseconds % MICROS_PER_HOUR / MICROS_PER_MINUTE;
        long secondMicros = microseconds % MICROS_PER_MINUTE;
        if (months == 0 && days == 0 && microseconds == 0) {
            return "PT0S";
        }
        StringBuilder out = new StringBuilder("P");
        part(out, months / 12, 'Y');
        part(out, months % 12, 'M');
        part(out, days, 'D');
        if (microseconds != 0) {
            out.append('T');
        }
        part(out, hours, 'H');
        part(out, minutes, 'M');
        if (secondMicros != 0) {
            out.append(secondMicros < 0 ? "-" : "").append(seconds(Math.abs(secondMicros))).append('S');
        }
        return out.toString();
    }

    private static void part(StringBuilder out, long value, char unit) {
        if (value != 0) {
            out.append(value).append(unit);
        }
    }

    /** {@code 5}, {@code 5.5}, {@code 0.000001}: whole seconds and the fraction without trailing zeros. */
    private static String seconds(long micros) {
        String fraction = String.format("%06d", micros % MICROS_PER_SECOND).replaceAll("0+$", "");
        return micros / MICROS_PER_SECOND + (fraction.isEmpty() ? "" : "." + fraction);
    }

    private static PostgresInterval iso8601(String text) {
        Matcher m = ISO_8601.matcher(text);
        if (!m.matches() || text.equals("P") || text.endsWith("T")) {
            return null;
        }
        long time = Math.addExact(Math.multiplyExact(number(m.group(4)), MICROS_PER_HOUR),
                Math.multiplyExact(number(m.group(5)), MICROS_PER_MINUTE));
        time = Math.addExact(time, signed(m.group(6), secondsMicros(m.group(7), m.group(8))));
        return of(yearsAndMonths(number(m.group(1)), number(m.group(2))), number(m.group(3)), time);
    }

    private static PostgresInterval verbose(String text) {
        Matcher m = VERBOSE.matcher(text);
        if (!m.matches() || text.equals("@") || text.equals("@ ago")) {
            return null;
        }
        long time = Math.addExact(Math.multiplyExact(number(m.group(4)), MICROS_PER_HOUR),
                Math.multiplyExact(number(m.group(5)), MICROS_PER_MINUTE));
        time = Math.addExact(time, signed(m.group(6), secondsMicros(m.group(7), m.group(8))));
        long months = yearsAndMonths(number(m.group(1)), number(m.group(2)));
        long days = number(m.group(3));
        boolean zero = m.group(9) != null;
        if (zero && (months != 0 || days != 0 || time != 0 || m.group(10) != null)) {
            return null;
        }
        return m.group(10) == null ? of(months, days, time) : of(Math.negateExact(months), Math.negateExact(days), Math.negateExact(time));
    }

    private static PostgresInterval postgresOrSqlStandard(String text) {
        if (text.equals("0")) {
            return new PostgresInterval(0, 0, 0);
        }
        Matcher m = POSTGRES.matcher(text);
        if (m.matches() && !text.isEmpty() && !text.endsWith(" ")) {
            return of(yearsAndMonths(number(m.group(1)), number(m.group(2))), number(m.group(3)),
                    m.group(5) == null ? 0 : signed(m.group(4), time(m, 5)));
        }
        m = SQL_YEAR_MONTH.matcher(text);
        if (m.matches()) {
            return of(signed(m.group(1), yearsAndMonths(number(m.group(2)), number(m.group(3)))), 0, 0);
        }
        m = SQL_DAY_TIME.matcher(text);
        if (m.matches()) {
            return of(0, signed(m.group(1), number(m.group(2))), signed(m.group(1), time(m, 3)));
        }
        m = SQL_MIXED.matcher(text);
        if (m.matches()) {
            return of(signed(m.group(1), yearsAndMonths(number(m.group(2)), number(m.group(3)))),
                    signed(m.group(4), number(m.group(5))), signed(m.group(6), time(m, 7)));
        }
        return null;
    }

    /** {@code h:mm:ss[.ffffff]} from four groups starting at {@code first}, in microseconds. */
    private static long time(Matcher m, int first) {
        long hoursAndMinutes = Math.addExact(Math.multiplyExact(number(m.group(first)), MICROS_PER_HOUR),
                Math.multiplyExact(number(m.group(first + 1)), MICROS_PER_MINUTE));
        return Math.addExact(hoursAndMinutes, secondsMicros(m.group(first + 2), m.group(first + 3)));
    }

    private static long secondsMicros(String seconds, String fraction) {
        long micros = fraction == null ? 0 : Long.parseLong((fraction + "00000").substring(0, 6));
        return Math.addExact(Math.multiplyExact(number(seconds), MICROS_PER_SECOND), micros);
    }

    private static long yearsAndMonths(long years, long months) {
        return Math.addExact(Math.multiplyExact(years, 12), months);
    }

    private static long signed(String sign, long value) {
        return "-".equals(sign) ? Math.negateExact(value) : value;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
    }

    private static PostgresInterval of(long months, long days, long micros) {
        return new PostgresInterval(Math.toIntExact(months), Math.toIntExact(days), micros);
    }
}
