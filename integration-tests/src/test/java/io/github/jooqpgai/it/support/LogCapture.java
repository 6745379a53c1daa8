package io.github.jooqpgai.it.support;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;

/**
 * Captures WARN and ERROR messages logged through slf4j (and so through jOOQ's {@code JooqLogger}, which
 * prefers slf4j) while open. The integration tests' slf4j binding ({@code org.slf4j.impl.StaticLoggerBinder}
 * in the test sources) hands out these loggers; outside a capture they print WARN and ERROR to stderr.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *     CodegenRun.pgai(...).generate(dir);
 *     assertThat(log.warnings("io.github.jooqpgai.codegen")).hasSize(1);
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

    private static final List<LogCapture> OPEN = new CopyOnWriteArrayList<>();

    private final List<String[]> messages = new CopyOnWriteArrayList<>();

    private LogCapture() {
    }

    /** Starts capturing. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        OPEN.add(capture);
        return capture;
    }

    /** The WARN and ERROR messages of loggers whose name starts with {@code loggerPrefix}, in order. */
    public List<String> warnings(String loggerPrefix) {
        return messages.stream().filter(m -> m[0].startsWith(loggerPrefix)).map(m -> m[1]).toList();
    }

    @Override
    public void close() {
        OPEN.remove(this);
    }

    /** A logger that records {@code warn(...)} and {@code error(...)} messages (the first argument); everything else is off. */
    public static Logger logger(String name) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (proxy, method, args) -> {
            String m = method.getName();
            switch (m) {
                case "getName", "toString" -> {
                    return name;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                default -> {
                }
            }
            boolean warnOrError = m.startsWith("warn") || m.startsWith("error") || m.equals("isWarnEnabled") || m.equals("isErrorEnabled");
            if (method.getReturnType() == boolean.class) {
                return warnOrError;
            }
            if (warnOrError && args != null && args.length > 0 && args[0] instanceof String message) {
                record(name, message);
            }
            return null;
        });
    }

    private static void record(String logger, String message) {
        if (OPEN.isEmpty()) {
            System.err.println("WARN " + logger + ": " + message);
        }
        for (LogCapture capture : OPEN) {
            capture.messages.add(new String[] {logger, message});
        }
    }
}
