package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Tallies of one quarter by agency, from the same seeded dossiers ({@link BenchData}), seven ways:
 * the library on columns (one thread and parallel) and on {@code List<Dossier>}, the careful
 * hand-written loops over plain arrays and over the objects, the idiomatic stream, and a DuckDB
 * query. Each returns its result. Only the data a method needs is built (in its state's setup,
 * outside the measurement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BulkTallyBenchmark {

  /** The number of dossiers. */
  @Param({"100000", "1000000", "10000000"})
  public int dossiers;

  static int size(BenchmarkParams params) {
    return Integer.parseInt(params.getParam("dossiers"));
  }

  /** The library's columnar batch. */
  @State(Scope.Benchmark)
  public static class Columns {
    DossierColumns columns;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
      init(size(params));
    }

    void init(int n) {
      ProcedureCatalogue catalogue = BenchData.catalogue();
      columns = BenchData.columns(catalogue, BenchData.raw(catalogue, n));
    }
  }

  /** Plain arrays and the hand-written loop over them. */
  @State(Scope.Benchmark)
  public static class PlainArrays {
    RawDossiers raw;
    HandwrittenColumnarLoop loop;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
      init(size(params));
    }

    void init(int n) {
      ProcedureCatalogue catalogue = BenchData.catalogue();
      raw = BenchData.raw(catalogue, n);
      loop =
          new HandwrittenColumnarLoop(
              catalogue, BenchData.agencyCodes(), BenchData.PERIOD.start(), BenchData.PERIOD.end(), BenchData.AS_OF);
    }
  }

  /** The dossiers as objects, and the three ways over them. */
  @State(Scope.Benchmark)
  public static class Objects {
    List<Dossier> dossiers;
    Tallies tallies;
    HandwrittenDossierLoop loop;
    IdiomaticStreams streams;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
      init(size(params));
    }

    void init(int n) {
      ProcedureCatalogue catalogue = BenchData.catalogue();
      dossiers = BenchData.dossiers(catalogue, BenchData.raw(catalogue, n));
      tallies = Tallies.of(BenchData.PERIOD, BenchData.AS_OF, catalogue);
      loop = new HandwrittenDossierLoop(catalogue, BenchData.PERIOD.start(), BenchData.PERIOD.end(), BenchData.AS_OF);
      streams = new IdiomaticStreams(catalogue, BenchData.PERIOD, BenchData.AS_OF);
    }
  }

  /** An in-memory DuckDB table loaded with the Appender. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    DuckDbTally duck;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws SQLException {
      init(size(params));
    }

    void init(int n) throws SQLException {
      ProcedureCatalogue catalogue = BenchData.catalogue();
      duck =
          new DuckDbTally(
              catalogue,
              BenchData.agencyCodes(),
              BenchData.raw(catalogue, n),
              BenchData.PERIOD.start(),
              BenchData.PERIOD.end(),
              BenchData.AS_OF);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duck.close();
    }
  }

  @Benchmark
  public ProvinceTally libraryColumnar(Columns s) {
    return s.columns.tally(BenchData.PERIOD, BenchData.AS_OF);
  }

  @Benchmark
  public ProvinceTally libraryColumnarParallel(Columns s) {
    return s.columns.tallyParallel(BenchData.PERIOD, BenchData.AS_OF);
  }

  @Benchmark
  public ProvinceTally libraryDossiers(Objects s) {
    return s.tallies.dossiers(s.dossiers);
  }

  @Benchmark
  public Map<String, long[]> handwrittenColumnarLoop(PlainArrays s) {
    return s.loop.count(s.raw);
  }

  @Benchmark
  public Map<String, long[]> handwrittenDossierLoop(Objects s) {
    return s.loop.count(s.dossiers);
  }

  @Benchmark
  public Map<String, long[]> idiomaticStreams(Objects s) {
    return s.streams.count(s.dossiers);
  }

  @Benchmark
  public Map<String, long[]> duckdbQuery(DuckDb s) throws SQLException {
    return s.duck.count();
  }
}
