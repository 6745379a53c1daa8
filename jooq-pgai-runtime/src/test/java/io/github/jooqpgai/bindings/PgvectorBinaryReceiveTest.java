package io.github.jooqpgai.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jooqpgai.PgaiDSL;
import java.util.Arrays;
import org.jooq.Configuration;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.Test;

/** Installing {@link PgvectorBinaryReceive}: once per configuration, by {@code PgaiDSL.using}, not with {@code TEXT}. */
class PgvectorBinaryReceiveTest {

    private static long installed(Configuration configuration) {
        return Arrays.stream(configuration.executeListenerProviders()).map(ExecuteListenerProvider::provide)
                .filter(PgvectorBinaryReceive.class::isInstance).count();
    }

    @Test
    void enableAppendsTheListenerOnceAndLeavesTheOriginalAlone() {
        Configuration plain = new DefaultConfiguration().set(SQLDialect.POSTGRES);
        Configuration enabled = PgvectorBinaryReceive.enable(plain);
        assertThat(installed(plain)).as("original configuration").isZero();
        assertThat(installed(enabled)).isEqualTo(1);
        assertThat(PgvectorBinaryReceive.isEnabled(enabled)).isTrue();
        assertThat(PgvectorBinaryReceive.enable(enabled)).as("enabling twice").isSameAs(enabled);
    }

    @Test
    void pgaiDslInstallsItUnlessTextIsAsked() {
        Configuration plain = new DefaultConfiguration().set(SQLDialect.POSTGRES);
        assertThat(installed(PgaiDSL.using(plain).configuration())).isEqualTo(1);
        assertThat(installed(PgaiDSL.using(PgaiDSL.using(plain).configuration()).configuration())).as("wrapped twice").isEqualTo(1);
        assertThat(PgaiDSL.using(plain, VectorWireFormat.TEXT).configuration()).isSameAs(plain);
        assertThat(installed(PgaiDSL.using(plain, VectorWireFormat.TEXT).configuration())).isZero();
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> PgvectorBinaryReceive.enable(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("configuration must not be null");
        assertThatThrownBy(() -> PgaiDSL.using(new DefaultConfiguration(), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must not be null");
        assertThatThrownBy(() -> PgaiDSL.using((Configuration) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("configuration must not be null");
    }
}
