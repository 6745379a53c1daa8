package io.github.jooqpgai.embedded;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibpqUrlTest {

    @Test
    void jdbcUrlBecomesLibpqWithThePasswordSplitOff() {
        LibpqUrl url = LibpqUrl.of("jdbc:postgresql://127.0.0.1:5433/app?user=me&password=s3cr%40t&sslmode=require&prepareThreshold=0");

        assertThat(url.url()).isEqualTo("postgres://me@127.0.0.1:5433/app?sslmode=require");
        assertThat(url.password()).contains("s3cr@t");
        assertThat(url.toString()).doesNotContain("s3cr");
    }

    @Test
    void userNeedingEscapesIsPercentEncoded() {
        assertThat(LibpqUrl.of("jdbc:postgresql://db/app?user=a%40b%20c").url()).isEqualTo("postgres://a%40b%20c@db/app");
    }

    @Test
    void jdbcUrlWithoutUserOrHost() {
        assertThat(LibpqUrl.of("jdbc:postgresql://127.0.0.1:37417/pgai_test").url()).isEqualTo("postgres://127.0.0.1:37417/pgai_test");
        assertThat(LibpqUrl.of("jdbc:postgresql:app").url()).isEqualTo("postgres://localhost:5432/app");
        assertThat(LibpqUrl.of("jdbc:postgresql:app").password()).isEmpty();
    }

    @Test
    void libpqUrlKeepsItsFormMinusThePassword() {
        LibpqUrl url = LibpqUrl.of("postgresql://me:pa%3Ass@host:5432/db?sslmode=disable&password=ignored");

        assertThat(url.url()).isEqualTo("postgresql://me@host:5432/db?sslmode=disable");
        assertThat(url.password()).isEqualTo(Optional.of("pa:ss"));
        assertThat(LibpqUrl.of("postgres://postgres@127.0.0.1:1/x").url()).isEqualTo("postgres://postgres@127.0.0.1:1/x");
    }

    @Test
    void badUrlsAreRejectedWithoutThePassword() {
        assertThatThrownBy(() -> LibpqUrl.of("mysql://u:hunter2@h/db")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("databaseUrl").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> LibpqUrl.of("jdbc:postgresql://a:1,b:2/db?password=hunter2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several hosts").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> LibpqUrl.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("databaseUrl = ' '");
    }

    @Test
    void passwordThatLibpqCannotSplitOffIsRejectedNotPutOnTheCommandLine() {
        // an unencoded '/' ends the authority for libpq: the userinfo would stay in the URL, i.e. on the command line
        assertThatThrownBy(() -> LibpqUrl.of("postgres://app:ab/cd@db:5432/app")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("databaseUrl").hasMessageContaining("%2F").hasMessageNotContaining("ab/cd").hasMessageNotContaining("cd@");
        // pgjdbc has no user info in the authority; libpq would read it, password included
        assertThatThrownBy(() -> LibpqUrl.of("jdbc:postgresql://app:hunter2@db:5432/app")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("databaseUrl").hasMessageContaining("password=").hasMessageNotContaining("hunter2");
    }

    @Test
    void plusInALibpqPasswordStaysAPlus() {
        // libpq percent-decodes only; '+' is not a space there
        assertThat(LibpqUrl.of("postgres://app:a+b%2Fc@db/app").password()).contains("a+b/c");
        assertThat(LibpqUrl.of("postgres://app@db/app?password=a+b").password()).contains("a+b");
    }

    @Test
    void pgjdbcsSslTrueKeepsVerifyingTheServer() {
        // pgjdbc: ssl=true (or ssl=) without sslmode means verify-full; libpq's default, prefer, may send the password in clear
        assertThat(LibpqUrl.of("jdbc:postgresql://db/app?user=u&password=p&ssl=true").url())
                .isEqualTo("postgres://u@db/app?sslmode=verify-full");
        assertThat(LibpqUrl.of("jdbc:postgresql://db/app?ssl=&sslrootcert=%2Fetc%2Fca.pem").url())
                .isEqualTo("postgres://db/app?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem");
        assertThat(LibpqUrl.of("jdbc:postgresql://db/app?ssl=true&sslmode=require").url()).isEqualTo("postgres://db/app?sslmode=require");
        assertThat(LibpqUrl.of("jdbc:postgresql://db/app?ssl=false").url()).isEqualTo("postgres://db/app");
    }
}
