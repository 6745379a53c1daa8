package org.slf4j.impl;

import io.github.jooqpgai.it.support.LogCapture;
import org.slf4j.ILoggerFactory;
import org.slf4j.spi.LoggerFactoryBinder;

/**
 * slf4j 1.7's binding for the integration tests (slf4j-api comes with Testcontainers, without a backend):
 * loggers from {@link LogCapture}, so tests can assert on warnings jOOQ's code generator logs.
 */
public final class StaticLoggerBinder implements LoggerFactoryBinder {

    /** The slf4j API version this binding is written against. */
    public static final String REQUESTED_API_VERSION = "1.7.36";

    private static final StaticLoggerBinder SINGLETON = new StaticLoggerBinder();
    private final ILoggerFactory factory = LogCapture::logger;

    private StaticLoggerBinder() {
    }

    /** The binding slf4j looks up. */
    public static StaticLoggerBinder getSingleton() {
        return SINGLETON;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public String getLoggerFactoryClassStr() {
        return LogCapture.class.getName();
    }
}
