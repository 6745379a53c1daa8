package io.github.jooqpgai.it.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures WARNING and SEVERE messages logged while open, in particular the warnings jOOQ's code
 * generator logs through {@code JooqLogger} (slf4j, bound to {@code java.util.logging} by the test
 * dependency {@code slf4j-jdk14}).
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *     CodegenRun.pgai(...).generate(dir);
 *     assertThat(log.warnings("io.github.jooqpgai.codegen")).hasSize(1);
 * }
 * }</pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private static final Logger ROOT = Logger.getLogger("");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.WARNING);
    }

    /** Starts capturing. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        ROOT.addHandler(capture);
        return capture;
    }

    /** The WARNING and SEVERE messages of loggers whose name starts with {@code loggerPrefix}, in order. */
    public List<String> warnings(String loggerPrefix) {
        return records.stream()
                .filter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith(loggerPrefix))
                .map(LogRecord::getMessage)
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        ROOT.removeHandler(this);
    }
}
