package io.github.motcua.kpi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.motcua.kpi.spark.CountingSpec;
import io.github.motcua.kpi.tally.ProvinceTally;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark benchmark's ways agree on 5,000 of BenchData's dossiers: its data preparation and every
 * way it times run and give the same tallies (nothing is timed here; the benchmark itself is run by
 * hand, see README).
 */
class SparkAgreesTest {

  @Test
  void everyWayTheSparkBenchmarkTimesGivesTheSameTallies(@TempDir Path dir) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    try {
      CountingSpec spec = SparkTallyBenchmark.spec(BenchData.catalogue());
      SparkTallyBenchmark.Data d = SparkTallyBenchmark.prepare(spark, spec, dir, 5_000);
      ProvinceTally reference = null;
      for (SparkTallyBenchmark.Way w : SparkTallyBenchmark.ways(spark, spec, d)) {
        ProvinceTally t = w.run().get();
        if (reference == null) {
          reference = t;
          assertEquals(BenchData.AGENCIES, t.byAgency().size());
          assertFalse(t.total().isEmpty());
        } else {
          assertEquals(reference, t, w.name());
        }
      }
    } finally {
      spark.stop();
    }
  }
}
