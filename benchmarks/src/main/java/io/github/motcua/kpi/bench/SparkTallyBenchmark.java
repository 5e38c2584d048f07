package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.io.DossierReader;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.spark.CountingSpec;
import io.github.motcua.kpi.spark.PortalDossiers;
import io.github.motcua.kpi.spark.SparkTallies;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Dossiers per second of the Spark tallies in local mode, from Parquet, beside the single-machine
 * columnar path on the same dossiers ({@link BenchData}: 100 agencies, 2,000 procedures, 2020-Q1 as of
 * 25 Mar 2020, the standard counters). A {@code main}, not JMH: a Spark job's cost is seconds, and
 * its warm-up is the session's; each way runs once to warm up, then {@code -Druns=N} times (5), and
 * the median counts.
 *
 * <table>
 *   <caption>The ways measured</caption>
 *   <tr><td>{@code spark.rows}</td><td>{@code SparkTallies.tally} over Parquet of dossier rows
 *       ({@code DossierRows}: validated, typed)</td></tr>
 *   <tr><td>{@code spark.sync}</td><td>{@code PortalDossiers.parquet} over Parquet of the sync
 *       records (validation by the command line's binder, the duplicate-MaHoSo check's shuffle),
 *       then the same tally</td></tr>
 *   <tr><td>{@code local.import+count}</td><td>one JVM: {@code DossierReader.columns} (kpi-io) of the
 *       same records as NDJSON, then {@code Tallies.columns}</td></tr>
 *   <tr><td>{@code local.count} / {@code local.countParallel}</td><td>one JVM: the columns alone,
 *       counted in one thread / on every core</td></tr>
 * </table>
 *
 * <p>Every way must give the same tallies; the run stops if one does not. Usage: {@code
 * SparkTallyBenchmark [dir] [sizes…]} (defaults {@code benchmarks/target/spark-data}, 1000000
 * 10000000); the data are written there once and reused. See benchmarks/README.md.
 */
public final class SparkTallyBenchmark {
  private SparkTallyBenchmark() {}

  /** The data of one size, in every form measured. */
  record Data(int size, Path ndjson, Path syncParquet, Path rowsParquet) {}

  /** What the tallies count: the standard counters, BenchData's catalogue and agencies. */
  static CountingSpec spec(ProcedureCatalogue catalogue) {
    List<Agency> agencies = new ArrayList<>();
    for (String code : BenchData.agencyCodes()) {
      agencies.add(Agency.of(code, "Cơ quan " + code, Tier.DISTRICT));
    }
    return CountingSpec.builder(BenchData.PERIOD, BenchData.AS_OF).catalogue(catalogue).agencies(agencies).build();
  }

  /** Writes (once) {@code n} dossiers as NDJSON sync records, as Parquet of them, and as Parquet of dossier rows. */
  static Data prepare(SparkSession spark, CountingSpec spec, Path dir, int n) {
    try {
      Files.createDirectories(dir);
      Path ndjson = dir.resolve("sync-" + n + ".ndjson");
      if (!Files.exists(ndjson)) {
        Path partial = dir.resolve("sync-" + n + ".ndjson.part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
          BenchData.ndjson(spec.catalogue(), BenchData.raw(spec.catalogue(), n), out);
        }
        Files.move(partial, ndjson);
      }
      Path sync = dir.resolve("sync-" + n + ".parquet");
      if (!Files.exists(sync)) {
        spark.read().json(ndjson.toString()).write().parquet(sync.toString());
      }
      Path rows = dir.resolve("rows-" + n + ".parquet");
      if (!Files.exists(rows)) {
        PortalDossiers.parquet(spark, spec, sync.toString()).dossiers().drop("file").write().parquet(rows.toString());
      }
      return new Data(n, ndjson, sync, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The single-machine columns of the NDJSON records. */
  static DossierColumns columns(CountingSpec spec, Data d) {
    try {
      return DossierReader.builder(spec.catalogue(), spec.agencies()).build().columns(d.ndjson()).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every way's tallies of the data, by way name (checked equal by the caller). */
  static List<Way> ways(SparkSession spark, CountingSpec spec, Data d) {
    Tallies tallies = spec.tallies();
    DossierColumns[] cols = new DossierColumns[1];
    return List.of(
        new Way("spark.rows", () -> SparkTallies.of(spec).tally(spark.read().parquet(d.rowsParquet().toString()))),
        new Way("spark.sync", () -> SparkTallies.of(spec).tally(PortalDossiers.parquet(spark, spec, d.syncParquet().toString()).dossiers())),
        new Way("local.import+count", () -> tallies.columns(cols[0] = columns(spec, d))),
        new Way("local.count", () -> tallies.columns(cols[0] != null ? cols[0] : (cols[0] = columns(spec, d)))),
        new Way("local.countParallel", () -> tallies.columnsParallel(cols[0] != null ? cols[0] : (cols[0] = columns(spec, d)))));
  }

  /** A way of tallying, named. */
  record Way(String name, Supplier<ProvinceTally> run) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/spark-data");
    List<Integer> sizes = new ArrayList<>();
    Arrays.stream(args).skip(1).forEach(a -> sizes.add(Integer.parseInt(a)));
    if (sizes.isEmpty()) {
      sizes.addAll(List.of(1_000_000, 10_000_000));
    }
    int runs = Integer.getInteger("runs", 5);
    SparkSession spark =
        SparkSession.builder()
            .master(System.getProperty("spark.master", "local[*]"))
            .appName("motcua-kpi spark benchmark")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    CountingSpec spec = spec(BenchData.catalogue());
    StringBuilder table = new StringBuilder();
    table.append("| way | dossiers | median s | dossiers per second |\n|---|---:|---:|---:|\n");
    try {
      for (int n : sizes) {
        Data d = prepare(spark, spec, dir, n);
        ProvinceTally reference = null;
        for (Way w : ways(spark, spec, d)) {
          ProvinceTally first = w.run().get();
          if (reference == null) {
            reference = first;
          } else if (!reference.equals(first)) {
            throw new IllegalStateException(w.name() + " gives other tallies than the first way at " + n + " dossiers");
          }
          long[] nanos = new long[runs];
          for (int k = 0; k < runs; k++) {
            long start = System.nanoTime();
            w.run().get();
            nanos[k] = System.nanoTime() - start;
          }
          Arrays.sort(nanos);
          double seconds = nanos[runs / 2] / 1e9;
          String line = String.format("| `%s` | %,d | %.3f | %,.0f |%n", w.name(), n, seconds, n / seconds);
          System.out.print(line);
          table.append(line);
        }
      }
    } finally {
      spark.stop();
    }
    Path results = Path.of("benchmarks", "results");
    Files.createDirectories(results);
    Files.writeString(results.resolve("spark.md"), table.toString(), StandardCharsets.UTF_8);
    System.out.println("Every way gave the same tallies. Table in " + results.resolve("spark.md"));
  }
}
