package io.github.jooqpgai.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaLiteralsTest {

    @Test
    void stringLiteralsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(JavaLiterals.string("plain")).isEqualTo("\"plain\"");
        assertThat(JavaLiterals.string("a\"b\\c\nd\te")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
        assertThat(JavaLiterals.string("caf\u00e9\u0001")).isEqualTo("\"caf\\u00e9\\u0001\"");
    }

    @Test
    void javadocTextCannotCloseTheCommentOrStartATag() {
        assertThat(JavaLiterals.javadocCode("x */ @throws {@link y} <b>&"))
                .isEqualTo("<code>x *&#47; &#64;throws &#123;&#64;link y&#125; &lt;b&gt;&amp;</code>")
                .doesNotContain("*/");
        assertThat(JavaLiterals.javadocHtml("openai")).isEqualTo("openai");
    }

    @Test
    void javadocTextCannotSmuggleAUnicodeEscapeThatTheCompilerDecodesInComments() {
        String name = "m\\u002a/ class Evil {} /\\u002a";
        assertThat(JavaLiterals.javadocHtml(name))
                .as("javac turns \\u002a/ into */ even inside a comment")
                .isEqualTo("m&#92;u002a/ class Evil &#123;&#125; /&#92;u002a")
                .doesNotContain("\\");
    }
}
