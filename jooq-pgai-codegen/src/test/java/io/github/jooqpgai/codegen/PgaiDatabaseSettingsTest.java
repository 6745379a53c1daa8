package io.github.jooqpgai.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PgaiDatabaseSettingsTest {

    @Test
    void defaultsHideStoresTheAiSchemaAndExtensionObjectsAndMapVectors() {
        assertThat(PgaiDatabaseSettings.from(new Properties())).isEqualTo(new PgaiDatabaseSettings(false, false, true, false));
    }

    @Test
    void readsEachKeyCaseInsensitivelyAndTrimmed() {
        Properties p = new Properties();
        p.setProperty(PgaiDatabaseSettings.SHOW_STORE_TABLES, " TRUE ");
        p.setProperty("includeAiSchema", "true");
        p.setProperty("mapVectorTypes", "False");
        p.setProperty(PgaiDatabaseSettings.SHOW_EXTENSION_OBJECTS, "true");
        p.setProperty("someJooqKey", "whatever");
        assertThat(PgaiDatabaseSettings.from(p)).isEqualTo(new PgaiDatabaseSettings(true, true, false, true));
    }

    @Test
    void showExtensionObjectsIsReadOnItsOwn() {
        Properties p = new Properties();
        p.setProperty("showExtensionObjects", "TRUE");
        assertThat(PgaiDatabaseSettings.from(p).showExtensionObjects()).isTrue();
        assertThat(PgaiDatabaseSettings.from(p)).isEqualTo(new PgaiDatabaseSettings(false, false, true, true));
        p.setProperty("showExtensionObjects", "yes");
        assertThatThrownBy(() -> PgaiDatabaseSettings.from(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jOOQ database property showExtensionObjects must be true or false, got: 'yes'");
    }

    @Test
    void aValueThatIsNotABooleanNamesKeyAndValue() {
        Properties p = new Properties();
        p.setProperty("includeAiSchema", "1");
        assertThatThrownBy(() -> PgaiDatabaseSettings.from(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jOOQ database property includeAiSchema must be true or false, got: '1'");
    }
}
