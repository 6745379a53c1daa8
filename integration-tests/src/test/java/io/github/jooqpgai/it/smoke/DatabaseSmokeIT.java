package io.github.jooqpgai.it.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jooqpgai.it.support.PgaiTest;
import io.github.jooqpgai.it.support.PgaiTestSchema;
import org.junit.jupiter.api.Test;

@PgaiTest
class DatabaseSmokeIT {

    @Test
    void serverIsPostgres15OrNewer(PgaiTestSchema db) {
        int version = db.value(Integer.class, "select current_setting('server_version_num')::int");
        assertThat(version).isGreaterThanOrEqualTo(150000);
    }

    @Test
    void pgvectorIsInstalled(PgaiTestSchema db) {
        String version = db.value(String.class, "select extversion from pg_extension where extname = 'vector'");
        assertThat(version).isNotNull().matches("\\d+\\.\\d+\\.\\d+");
        assertThat(db.value(Double.class, "select '[1,2,3]'::vector <-> '[1,2,5]'::vector")).isEqualTo(2.0);
    }

    @Test
    void pgaiCatalogIs0121(PgaiTestSchema db) {
        assertThat(db.value(String.class, "select version from ai.pgai_lib_version where name = 'ai'"))
                .isEqualTo("0.12.1");
    }

    @Test
    void eachTestClassGetsItsOwnSchema(PgaiTestSchema db) {
        assertThat(db.value(String.class, "select current_schema()")).isEqualTo(db.schema());
    }
}
