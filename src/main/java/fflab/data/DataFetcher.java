package fflab.data;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Downloads dataset files into {@code <dataDir>/<dataset-id>/}. A file only gets its final name
 * after its SHA-256 matched, so an interrupted or wrong download never looks like a good file.
 * (The checksum is what makes the plain-http Fashion-MNIST mirror safe to use.)
 */
public final class DataFetcher {
    /** Placeholder in a base URL template, replaced by the dataset id. */
    public static final String DATASET_PLACEHOLDER = "{dataset}";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /** Until the response headers arrive; the body itself may take longer on a slow line. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final Map<DatasetId, URI> baseUrls;
    private final HttpClient client;

    public DataFetcher(Map<DatasetId, URI> baseUrls) {
        EnumMap<DatasetId, URI> folders = new EnumMap<>(DatasetId.class);
        baseUrls.forEach((id, uri) -> folders.put(id, asFolder(uri)));
        this.baseUrls = Map.copyOf(folders);
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())
                .build();
    }

    public static DataFetcher defaults() {
        return new DataFetcher(Map.of(
                DatasetId.MNIST, URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"),
                DatasetId.FASHION_MNIST, URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/")));
    }

    /** One base URL for every dataset; {@value #DATASET_PLACEHOLDER} in it is replaced by the dataset id. */
    public static DataFetcher withBaseUrl(String template) {
        Map<DatasetId, URI> urls = new EnumMap<>(DatasetId.class);
        for (DatasetId id : DatasetId.values()) {
            urls.put(id, parseUrl(template.replace(DATASET_PLACEHOLDER, id.id())));
        }
        return new DataFetcher(urls);
    }

    private static URI parseUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new DataException("Base URL must start with http:// or https://, got " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DataException("Not a valid URL: " + url + " (" + e.getReason() + ")", e);
        }
    }

    /** A base URL names a folder: file names are appended to it. */
    private static URI asFolder(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }

    public URI fileUrl(DatasetId id, String fileName) {
        URI base = baseUrls.get(id);
        if (base == null) {
            throw new DataException("No download URL configured for " + id.id());
        }
        return base.resolve(fileName);
    }

    public List<Path> fetch(DatasetId id, Path dataDir) {
        return fetch(id, dataDir, message -> { });
    }

    /** Like {@link #fetch(DatasetId, Path)}, telling progress one line per file. */
    public List<Path> fetch(DatasetId id, Path dataDir, Consumer<String> progress) {
        Path folder = dataDir.toAbsolutePath().normalize().resolve(id.id());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataException("Cannot create the folder " + folder + ": " + e, e);
        }
        List<Path> files = new ArrayList<>();
        for (DatasetFile f : DatasetFile.values()) {
            files.add(fetchFile(id, f.fileName(), folder, progress));
        }
        return List.copyOf(files);
    }

    private Path fetchFile(DatasetId id, String fileName, Path folder, Consumer<String> progress) {
        Path target = folder.resolve(fileName);
        String expected = Checksums.expected(id, fileName);
        if (Files.isRegularFile(target)) {
            if (Checksums.sha256(target).equals(expected)) {
                progress.accept(id.id() + "/" + fileName + ": already present, checksum OK");
                return target;
            }
            progress.accept(id.id() + "/" + fileName + ": present but damaged, downloading again");
        }
        URI url = fileUrl(id, fileName);
        progress.accept(id.id() + "/" + fileName + ": downloading " + url);
        Path part = null;
        try {
            // not createTempFile: its owner-only permissions would stay with the renamed file
            part = Files.createFile(folder.resolve("." + fileName + "." + UUID.randomUUID() + ".part"));
            download(url, part);
            String actual = Checksums.sha256(part);
            if (!actual.equals(expected)) {
                throw Checksums.mismatch(fileName + " downloaded from " + url, expected, actual,
                        "Nothing was saved. The server sent a different file; check the URL or try again later.");
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.accept(id.id() + "/" + fileName + ": saved, checksum OK");
            return target;
        } catch (IOException e) {
            throw new DataException("Cannot save " + target + ": " + e, e);
        } finally {
            deleteQuietly(part);  // gone already after a successful move
        }
    }

    private void download(URI url, Path into) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(RESPONSE_TIMEOUT).GET().build();
        HttpResponse<Path> response;
        try {
            response = client.send(request, info -> info.statusCode() == 200
                    ? HttpResponse.BodySubscribers.ofFile(into)
                    : HttpResponse.BodySubscribers.replacing(into));
        } catch (IOException e) {
            throw new DataException("Download of " + url + " failed: " + e
                    + ". Check the network, or use --base-url to download from another mirror.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("Download of " + url + " was interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new DataException("Download of " + url + " failed: the server answered HTTP "
                    + response.statusCode() + ". Check the URL, or use --base-url to download from another mirror.");
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stray .part file is harmless: it never gets a dataset file's name
            }
        }
    }
}
