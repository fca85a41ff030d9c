package dev.cardwright.carbon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ML CO2 Impact calculator's tables (Lacoste et al. 2019; MIT license; see SOURCE.md beside
 * them): hardware power and the carbon intensity of cloud regions.
 */
public final class CarbonTables {
    private static final String DIR = "/dev/cardwright/carbon/";

    /** A GPU, TPU or CPU with its thermal design power. */
    public record Hardware(String name, String type, double watts) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A cloud region and the grams of CO2eq its grid emits per kWh. */
    public record Region(String provider, String providerName, String region, String location, double gramsPerKwh) {
        @Override
        public String toString() {
            return region + (location.isEmpty() ? "" : " (" + location + ")");
        }
    }

    private static final class Holder {
        static final CarbonTables INSTANCE = new CarbonTables();
    }

    private final List<Hardware> hardware;
    private final List<Region> regions;

    private CarbonTables() {
        List<Hardware> hw = new ArrayList<>();
        for (Map<String, String> row : rows("gpus.csv")) {
            hw.add(new Hardware(row.get("name"), row.get("type"), Double.parseDouble(row.get("tdp_watts"))));
        }
        List<Region> rs = new ArrayList<>();
        for (Map<String, String> row : rows("impact.csv")) {
            String location = String.join(", ", Stream.of(row.get("city"), row.get("state"), row.get("country"))
                    .filter(s -> s != null && !s.isBlank()).toList());
            rs.add(new Region(row.get("provider"), row.get("providerName"), row.get("region"), location,
                    Double.parseDouble(row.get("impact"))));
        }
        this.hardware = Collections.unmodifiableList(hw);
        this.regions = Collections.unmodifiableList(rs);
    }

    public static CarbonTables get() {
        return Holder.INSTANCE;
    }

    public List<Hardware> hardware() { return hardware; }
    public List<Region> regions() { return regions; }

    /** Provider code → display name, in the table's order. */
    public Map<String, String> providers() {
        Map<String, String> out = new LinkedHashMap<>();
        regions.forEach(r -> out.putIfAbsent(r.provider(), r.providerName()));
        return out;
    }

    public List<Region> regions(String provider) {
        return regions.stream().filter(r -> r.provider().equals(provider)).toList();
    }

    private static List<Map<String, String>> rows(String file) {
        try (InputStream in = CarbonTables.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = CsvRows.split(r.readLine());
            List<Map<String, String>> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = CsvRows.split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
