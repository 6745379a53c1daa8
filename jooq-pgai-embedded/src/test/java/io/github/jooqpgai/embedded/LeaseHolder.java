package io.github.jooqpgai.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The other JVM of {@link EmbeddedPgaiLeaseIT}: starts (or reuses) the server of the state folder in
 * {@code args[0]}, prints {@code started <server pid> <startedHere>}, then reads stdin: {@code stop} stops its
 * handle and prints {@code stopped}; end of input exits without stopping (like {@code scripts/pgai-db start}).
 *
 * <pre>{@code
 * java -cp <test classpath> io.github.jooqpgai.embedded.LeaseHolder /tmp/embedded-it-123
 * }</pre>
 */
final class LeaseHolder {

    private LeaseHolder() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedPgai pgai = new EmbeddedPgai.Builder(System.getenv()).home(Path.of(args[0])).progress(System.err::println).start();
        System.out.println("started " + pgai.pid() + " " + pgai.startedHere());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if ("stop".equals(in.readLine())) {
            pgai.stop();
            System.out.println("stopped");
        }
    }
}
