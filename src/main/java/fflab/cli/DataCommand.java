package fflab.cli;

import fflab.data.Checksums;
import fflab.data.DataDirectory;
import fflab.data.DataFetcher;
import fflab.data.DatasetFile;
import fflab.data.DatasetId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fflab data}: download, check and locate the dataset files. */
@Command(name = "data",
        description = "Download, check and locate the MNIST and Fashion-MNIST files.",
        subcommands = {DataCommand.Fetch.class, DataCommand.Verify.class, DataCommand.Where.class})
public final class DataCommand extends GroupCommand {
    @Command(name = "fetch",
            description = "Download the dataset files into DIR/<dataset>/, keeping only files whose SHA-256 matches. "
                    + "Files already present and intact are not downloaded again.")
    static final class Fetch extends FflabCommand implements Callable<Integer> {
        @Mixin
        DatasetOption dataset;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = DataDirectory.DEFAULT_FETCH_DIR,
                description = "Folder to download into; each dataset goes to DIR/<dataset>/ (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Download from this folder URL instead of the official mirrors. "
                        + DataFetcher.DATASET_PLACEHOLDER + " in it is replaced by the dataset id "
                        + "(needed with --dataset all).")
        String baseUrl;

        @Override
        public Integer call() {
            List<DatasetId> ids = dataset.datasets();
            if (baseUrl != null && ids.size() > 1 && !baseUrl.contains(DataFetcher.DATASET_PLACEHOLDER)) {
                throw usageError("With several datasets, --base-url must "
                        + "contain " + DataFetcher.DATASET_PLACEHOLDER + " (the datasets use the same file names); "
                        + "or pick one with --dataset.");
            }
            DataFetcher fetcher = baseUrl == null ? DataFetcher.defaults() : DataFetcher.withBaseUrl(baseUrl);
            PrintWriter out = out();
            for (DatasetId id : ids) {
                List<Path> files = fetcher.fetch(id, dataDir, line -> {
                    out.println(line);
                    out.flush();
                });
                out.println(id.id() + ": " + files.size() + " files OK in " + files.get(0).getParent());
            }
            return 0;
        }
    }

    @Command(name = "verify",
            description = "Check the SHA-256 of every dataset file found (see 'fflab data where'). "
                    + "Prints OK, MISMATCH or MISSING per file; the exit code is 1 if any file is not OK.")
    static final class Verify extends FoundFilesCommand {
        @Mixin
        DatasetOption dataset;

        @Override
        int call(DataDirectory dir, PrintWriter out) {
            int problems = 0;
            for (DatasetId id : dataset.datasets()) {
                Map<String, String> expected = Checksums.expected(id);
                for (DatasetFile f : DatasetFile.values()) {
                    Optional<Path> file = dir.find(id, f.fileName());
                    if (file.isEmpty()) {
                        out.println("MISSING   " + id.id() + "/" + f.fileName() + "  (fetch with: "
                                + DataDirectory.fetchCommand(id) + ")");
                        problems++;
                        continue;
                    }
                    String actual = Checksums.sha256(file.get());
                    if (actual.equals(expected.get(f.fileName()))) {
                        out.println("OK        " + file.get());
                    } else {
                        out.println("MISMATCH  " + file.get() + "  (expected " + expected.get(f.fileName())
                                + ", actual " + actual + ")");
                        problems++;
                    }
                }
            }
            out.println(problems == 0 ? "All files OK." : problems + " file(s) missing or damaged.");
            return problems == 0 ? 0 : 1;
        }
    }

    @Command(name = "where",
            description = "Print the folders searched for datasets, in order, and which one holds each dataset.")
    static final class Where extends FoundFilesCommand {
        @Override
        int call(DataDirectory dir, PrintWriter out) {
            out.println("Folders searched, in order:");
            int n = 1;
            for (DataDirectory.Place p : dir.places()) {
                out.println("  " + n++ + ". " + p.directory() + "  (" + p.origin() + ")"
                        + (Files.isDirectory(p.directory()) ? "" : "  [does not exist]"));
            }
            for (DatasetId id : DatasetId.values()) {
                out.println(id.id() + ": " + describe(dir, id));
            }
            return 0;
        }

        private static String describe(DataDirectory dir, DatasetId id) {
            List<String> missing = new ArrayList<>();
            Set<Path> folders = new LinkedHashSet<>();
            for (DatasetFile f : DatasetFile.values()) {
                dir.find(id, f.fileName()).ifPresentOrElse(p -> folders.add(p.getParent()),
                        () -> missing.add(f.fileName()));
            }
            if (missing.isEmpty()) {
                return String.join(" and ", folders.stream().map(Path::toString).toList());
            }
            return "missing " + String.join(", ", missing) + "; fetch with: " + DataDirectory.fetchCommand(id);
        }
    }

    /** verify and where: they look at the files found through {@code --data-dir} and the usual folders. */
    abstract static class FoundFilesCommand extends FflabCommand implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;

        @Override
        public final Integer call() {
            return call(dataDir.resolve(), out());
        }

        abstract int call(DataDirectory dir, PrintWriter out);
    }
}
