package io.github.jooqpgai.localmodel;

/**
 * A request the server refuses, answered as OpenAI does: {@code {"error":{"message","type","param","code"}}}
 * with the HTTP status.
 */
final class OpenAiError extends RuntimeException {

    private final int status;
    private final String type;
    private final String param;
    private final String code;

    OpenAiError(int status, String message, String type, String param, String code) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    static OpenAiError invalidRequest(String param, String message) {
        return new OpenAiError(400, message, "invalid_request_error", param, null);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String param() {
        return param;
    }

    String code() {
        return code;
    }
}
