package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one tally of a quarter on the columnar batch as the number of counters counted grows
 * ({@link BenchCounters}: the standard counters first, then generated ones), on the same seeded
 * dossiers ({@link BenchData}). The claim: the cost per dossier grows by no more than 20 % from 10
 * to 100 counters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CounterCountBenchmark {

  /** The number of dossiers. */
  @Param({"1000000", "10000000"})
  public int dossiers;

  /** The number of counters counted. */
  @Param({"10", "40", "100"})
  public int counters;

  DossierColumns columns;
  Tallies tallies;

  @Setup(Level.Trial)
  public void setUp() {
    ProcedureCatalogue catalogue = BenchData.catalogue();
    columns = BenchData.columns(catalogue, BenchData.raw(catalogue, dossiers));
    tallies =
        Tallies.of(BenchData.PERIOD, BenchData.AS_OF, catalogue).counting(BenchCounters.first(counters));
  }

  @Benchmark
  public ProvinceTally libraryColumnarCounters() {
    return tallies.columns(columns);
  }
}
