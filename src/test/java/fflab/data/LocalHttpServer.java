package fflab.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves the files under a folder on 127.0.0.1 (GET /a/b -> root/a/b), with per-path overrides, and counts requests. */
final class LocalHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final Map<String, byte[]> overrides = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    LocalHttpServer(Path root) {
        this.root = root;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serve these bytes at path (e.g. "/mnist/t10k-labels-idx1-ubyte.gz") instead of the file. */
    LocalHttpServer override(String path, byte[] body) {
        overrides.put(path, body);
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        byte[] body = overrides.get(path);
        Path file = root.resolve(path.substring(1)).normalize();
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            if (body != null) {
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } else if (file.startsWith(root) && Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(200, Files.size(file));
                Files.copy(file, out);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
