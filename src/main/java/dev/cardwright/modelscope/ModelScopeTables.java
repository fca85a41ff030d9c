package dev.cardwright.modelscope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mapping tables between the Hub's vocabularies and ModelScope's, read from the resources in
 * {@code dev/cardwright/modelscope/} (docs/modelscope.md names where each column comes from).
 * Each table reads both ways; the reverse direction takes the first Hub value listed for a
 * ModelScope value.
 */
public final class ModelScopeTables {
    private static final String DIR = "/dev/cardwright/modelscope/";

    /** One table: Hub value to ModelScope value and back. */
    public static final class Table {
        private final Map<String, String> toModelScope;
        private final Map<String, String> toHub;

        Table(List<String[]> rows) {
            Map<String, String> forward = new LinkedHashMap<>();
            Map<String, String> back = new LinkedHashMap<>();
            for (String[] r : rows) {
                forward.put(r[0], r[1]);
                back.putIfAbsent(r[1].toLowerCase(Locale.ROOT), r[0]);
            }
            this.toModelScope = Collections.unmodifiableMap(forward);
            this.toHub = Collections.unmodifiableMap(back);
        }

        public Optional<String> toModelScope(String hubValue) {
            return Optional.ofNullable(toModelScope.get(hubValue));
        }

        /** ModelScope values are matched without regard to case ({@code apache license 2.0} is seen too). */
        public Optional<String> toHub(String modelScopeValue) {
            return Optional.ofNullable(toHub.get(modelScopeValue.toLowerCase(Locale.ROOT)));
        }

        /** The rows, Hub value to ModelScope value, in file order. */
        public Map<String, String> rows() {
            return toModelScope;
        }

        /** Every ModelScope value the table names. */
        public Set<String> modelScopeValues() {
            return new LinkedHashSet<>(toModelScope.values());
        }
    }

    private static final class Holder {
        static final ModelScopeTables INSTANCE = new ModelScopeTables();
    }

    private final Table tasks = new Table(rows("tasks.tsv"));
    private final Table licenses = new Table(rows("licenses.tsv"));
    private final Table frameworks = new Table(rows("frameworks.tsv"));
    private final Set<String> taskNames = Collections.unmodifiableSet(new LinkedHashSet<>(lines("modelscope-tasks.txt")));

    private ModelScopeTables() {
    }

    public static ModelScopeTables get() {
        return Holder.INSTANCE;
    }

    /** {@code pipeline_tag} ⇄ {@code tasks}. */
    public Table tasks() { return tasks; }
    /** {@code license} ids ⇄ ModelScope's license names. */
    public Table licenses() { return licenses; }
    /** {@code library_name} ⇄ {@code frameworks}. */
    public Table frameworks() { return frameworks; }
    /** Every task name the modelscope SDK defines. */
    public Set<String> taskNames() { return taskNames; }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : lines(file)) {
            if (header) { // the first non-comment line names the columns
                header = false;
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException(DIR + file + ": expected two tab-separated columns in '" + line + "'");
            }
            out.add(new String[] {cols[0].strip(), cols[1].strip()});
        }
        return out;
    }

    private static List<String> lines(String file) {
        try (InputStream in = ModelScopeTables.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().isEmpty() ? line : line.stripTrailing());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
