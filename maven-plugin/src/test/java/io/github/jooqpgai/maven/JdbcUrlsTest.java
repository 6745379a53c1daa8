package io.github.jooqpgai.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void masksAPasswordParameterWhereverItStands() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://h:5432/db?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=a&password=****&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:postgresql://h/db?PASSWORD=s3cret")).isEqualTo("jdbc:postgresql://h/db?PASSWORD=****");
    }

    @Test
    void masksThePasswordOfUserInfo() {
        assertThat(JdbcUrls.redact("postgres://app:s3cret@h:5432/db")).isEqualTo("postgres://app:****@h:5432/db");
    }

    @Test
    void leavesAUrlWithoutPasswordAlone() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://127.0.0.1:1/app?user=app")).isEqualTo("jdbc:postgresql://127.0.0.1:1/app?user=app");
    }

    @Test
    void passwordNeverShowsItself() {
        assertThat(Password.of("s3cret")).hasToString("****");
        assertThat(new DatabaseSource.Existing("jdbc:postgresql://h/db", "app", Password.of("s3cret")).toString()).doesNotContain("s3cret");
    }
}
