package dev.cardwright.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cardwright.testing.Shared;

/** The shipped ML CO2 tables: every row read, with the values of the source files. */
class CarbonTablesTest {
    private final CarbonTables tables = CarbonTables.get();

    @Test
    void knownRows() {
        assertThat(tables.hardware()).contains(new CarbonTables.Hardware("A100 SXM4 80 GB", "gpu", 400),
                new CarbonTables.Hardware("T4", "gpu", 70), new CarbonTables.Hardware("TPUv3 Chip", "tpu", 283));
        CarbonTables.Region taiwan = tables.regions("gcp").stream().filter(r -> r.region().equals("asia-east1")).findFirst().orElseThrow();
        assertThat(taiwan.gramsPerKwh()).isEqualTo(557);
        assertThat(taiwan.location()).isEqualTo("Changhua County, Taiwan");
        assertThat(tables.providers()).containsKeys("gcp", "aws", "azure").containsEntry("gcp", "Google Cloud Platform");
    }

    @Test
    void everyRowOfTheSharedTablesIsShippedAndRead() throws Exception {
        Path dir = Shared.assumeDirectory("data/mlco2");
        List<String> gpus = Files.readAllLines(dir.resolve("gpus.csv")).stream().filter(l -> !l.isBlank()).toList();
        List<String> impact = Files.readAllLines(dir.resolve("impact.csv")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(tables.hardware()).hasSize(gpus.size() - 1);
        assertThat(tables.regions()).hasSize(impact.size() - 1);
        assertThat(Files.readString(dir.resolve("impact.csv")))
                .isEqualTo(new String(CarbonTables.class.getResourceAsStream("/dev/cardwright/carbon/impact.csv").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void quotedCellsKeepTheirCommas() {
        assertThat(CsvRows.split("gcp,\"measured on July 2, 2019\",1.12,\"say \"\"hi\"\"\""))
                .containsExactly("gcp", "measured on July 2, 2019", "1.12", "say \"hi\"");
    }
}
