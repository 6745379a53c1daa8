package io.github.jooqpgai.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import liquibase.change.Change;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.RollbackImpossibleException;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawParameterizedSqlStatement;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.Test;

/** Automatic rollback: createVectorizer → dropVectorizer with drop_all, only when it is safe; none for drop and alter. */
class RollbackTest {

    private final PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void createVectorizerRollsBackToDropAll() throws Exception {
        CreateVectorizerChange create = ValidationTest.blog(c -> { });

        SqlStatement[] rollback = create.generateRollbackStatements(postgres);

        assertThat(create.supportsRollback(postgres)).isTrue();
        assertThat(rollback).singleElement().isInstanceOfSatisfying(RawParameterizedSqlStatement.class, s -> assertThat(s.getSql())
                .isEqualTo(PgaiDSL.dropVectorizer("blog_embeddings").dropAll().asQuery().getSQL(ParamType.INLINED)));
    }

    @Test
    void noAutomaticRollbackWithoutANameOrWithIfNotExists() {
        CreateVectorizerChange unnamed = ValidationTest.blog(c -> c.setName(null));
        CreateVectorizerChange ifNotExists = ValidationTest.blog(c -> c.setIfNotExists(true));

        for (CreateVectorizerChange change : new CreateVectorizerChange[] {unnamed, ifNotExists}) {
            assertThat(change.supportsRollback(postgres)).isFalse();
            assertThatThrownBy(() -> change.generateRollbackStatements(postgres)).isInstanceOf(RollbackImpossibleException.class);
        }
    }

    @Test
    void dropAndAlterNeedAnExplicitRollback() {
        for (Change change : new Change[] {new DropVectorizerChange(), new AlterVectorizerSchedulingChange()}) {
            assertThat(change.supportsRollback(postgres)).as(change.getClass().getSimpleName()).isFalse();
        }
    }
}
