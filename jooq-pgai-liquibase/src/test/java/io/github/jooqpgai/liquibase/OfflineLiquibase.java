package io.github.jooqpgai.liquibase;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/** Liquibase without a database: parsing changelogs from the test classpath and {@code update-sql} on {@code offline:postgresql}. */
final class OfflineLiquibase {

    private static final ResourceAccessor RESOURCES = new ClassLoaderResourceAccessor(OfflineLiquibase.class.getClassLoader());

    private OfflineLiquibase() {
    }

    /** {@code update-sql} of a changelog on the test classpath, as Liquibase prints it. */
    static String updateSql(String changelog, Path historyCsv) throws Exception {
        return inScope(() -> {
            Database database = DatabaseFactory.getInstance().openDatabase(
                    "offline:postgresql?outputLiquibaseSql=none&changeLogFile=" + historyCsv.toAbsolutePath(), null, null, null, RESOURCES);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .setOutput(out)
                        .execute();
            } finally {
                database.close();
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    /** The change sets of a changelog on the test classpath, parsed (and XML validated against the XSDs). */
    static List<ChangeSet> parse(String changelog) throws Exception {
        return inScope(() -> {
            DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(changelog, RESOURCES)
                    .parse(changelog, new ChangeLogParameters(), RESOURCES);
            return log.getChangeSets();
        });
    }

    private static <T> T inScope(Scope.ScopedRunnerWithReturn<T> action) throws Exception {
        return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), RESOURCES), action);
    }
}
