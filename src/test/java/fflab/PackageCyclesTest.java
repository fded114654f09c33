package fflab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guide's rule "no import cycles between packages", read from the imports of src/main. */
class PackageCyclesTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(fflab(?:\\.[a-z0-9]+)*)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void noPackageReachesItselfThroughItsImports() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher p = PACKAGE.matcher(text);
                if (!p.find()) {
                    continue;
                }
                Set<String> targets = uses.computeIfAbsent(p.group(1), k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals(p.group(1))) {
                        targets.add(m.group(1));
                    }
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = pathBack(start, uses);
            if (path != null) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertThat(uses).containsKey("fflab.predict");
        assertThat(cycles).as("package import cycles").isEmpty();
    }

    /** A path start -> ... -> start through the import graph, or null. */
    private static List<String> pathBack(String start, Map<String, Set<String>> uses) {
        Map<String, String> cameFrom = new TreeMap<>();
        List<String> queue = new ArrayList<>(List.of(start));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < queue.size(); i++) {
            for (String next : uses.getOrDefault(queue.get(i), Set.of())) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String at = queue.get(i); !at.equals(start); at = cameFrom.get(at)) {
                        path.add(1, at);
                    }
                    path.add(start);
                    return path;
                }
                if (seen.add(next)) {
                    cameFrom.put(next, queue.get(i));
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
