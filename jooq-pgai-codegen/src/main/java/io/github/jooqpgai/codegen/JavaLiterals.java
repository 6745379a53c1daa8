package io.github.jooqpgai.codegen;

/** Java source literals for generated code. */
final class JavaLiterals {

    private JavaLiterals() {
    }

    /** A Java string literal, quotes included, for any text (names may contain quotes and backslashes). */
    static String string(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Text HTML-escaped for a Javadoc comment: no tag, entity, comment end or unicode escape can come from a
     * name. Backslashes are escaped too, because javac decodes unicode escapes inside comments as well, so an
     * escaped asterisk followed by a slash would end the comment.
     */
    static String javadocHtml(String text) {
        return text.replace("&", "&amp;").replace("\\", "&#92;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("@", "&#64;").replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;");
    }

    /** Text as a Javadoc {@code <code>} span, HTML-escaped. */
    static String javadocCode(String text) {
        return "<code>" + javadocHtml(text) + "</code>";
    }
}
