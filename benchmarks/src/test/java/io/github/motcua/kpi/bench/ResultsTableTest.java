package io.github.motcua.kpi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README tables are computed from JMH's JSON as stated: ratios, per-dossier cost, rates. */
class ResultsTableTest {

  private static String run(String method, long n, double score, String unit) {
    return "{\"benchmark\":\"io.github.motcua.kpi.bench.X." + method + "\",\"mode\":\"avgt\","
        + "\"params\":{\"dossiers\":\"" + n + "\"},\"primaryMetric\":{\"score\":" + score
        + ",\"scoreError\":0.5,\"scoreUnit\":\"" + unit + "\"}}";
  }

  @Test
  void ratiosPerDossierCostImportRateAndMemoryAreComputedAndWrittenBetweenTheMarkers(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("bulk.json"),
        "["
            + run("libraryColumnar", 100_000, 2.0, "ms/op") + ","
            + run("handwrittenColumnarLoop", 100_000, 3000, "us/op") + ","
            + run("libraryColumnar", 1_000_000, 30.0, "ms/op") + ","
            + run("handwrittenColumnarLoop", 1_000_000, 15.0, "ms/op")
            + "]");
    Files.writeString(
        dir.resolve("import.json"), "[" + run("streamingColumns", 1_000_000, 500.0, "ms/op") + "]");
    Files.writeString(dir.resolve("memory.txt"), "columns: 25.2 B/dossier (1000000 dossiers, 25200000 bytes)\n");
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# B\n\n" + ResultsTable.BEGIN + "\nold\n" + ResultsTable.END + "\n\n## After\n");

    ResultsTable.main(new String[] {dir.toString(), readme.toString()});
    String text = Files.readString(readme);

    assertTrue(text.startsWith("# B\n\n" + ResultsTable.BEGIN + "\n"), text);
    assertTrue(text.endsWith(ResultsTable.END + "\n\n## After\n"), text);
    assertTrue(!text.contains("\nold\n"), text);
    // 3000 µs / 2 ms = 1.50×; 15 / 30 = 0.50×.
    assertTrue(text.contains("| `libraryColumnar` vs `handwrittenColumnarLoop` | ≥ 1× | 1.50× ✅ | 0.50× ❌ |"), text);
    // 2 ms / 10^5 = 20 ns; 30 ms / 10^6 = 30 ns: +50 % from the smallest size.
    assertTrue(text.contains("| `libraryColumnar` | 20.0 ns | 30.0 ns | +50 % ❌ |"), text);
    // 10^6 in 500 ms: 2,000,000 per second.
    assertTrue(text.contains("| 2,000,000 ✅ |"), text);
    assertTrue(text.contains("| 25.2 | ✅ |"), text);
    assertEquals(1, text.split(ResultsTable.BEGIN, -1).length - 1);
  }
}
