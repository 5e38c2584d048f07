package io.github.motcua.kpi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.tally.Counter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every way the benchmark measures computes the same per-agency counters on the same dossiers
 * (20,000 here), so the benchmark compares like with like. No timing is asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllWaysAgreeTest {
  private static final int N = 20_000;
  private final BulkTallyBenchmark benchmark = new BulkTallyBenchmark();
  private final BulkTallyBenchmark.Columns columns = new BulkTallyBenchmark.Columns();
  private final BulkTallyBenchmark.PlainArrays arrays = new BulkTallyBenchmark.PlainArrays();
  private final BulkTallyBenchmark.Objects objects = new BulkTallyBenchmark.Objects();
  private final BulkTallyBenchmark.DuckDb duckDb = new BulkTallyBenchmark.DuckDb();
  private Map<String, List<Long>> expected;

  @BeforeAll
  void setUp() throws Exception {
    columns.init(N);
    arrays.init(N);
    objects.init(N);
    duckDb.init(N);
    expected = Counts.of(benchmark.libraryDossiers(objects));
  }

  @AfterAll
  void tearDown() throws Exception {
    duckDb.tearDown();
  }

  @Test
  void theDataExercisesEveryComparedCounter() {
    assertEquals(BenchData.AGENCIES, expected.size());
    for (int k = 0; k < Counts.COMPARED.size(); k++) {
      Counter c = Counts.COMPARED.get(k);
      int i = k;
      long total = expected.values().stream().mapToLong(v -> v.get(i)).sum();
      assertTrue(total > 0, () -> c + " is 0 over all agencies: the data does not exercise it");
    }
    long read = expected.values().stream().mapToLong(v -> v.get(Counts.READ)).sum();
    assertEquals(N, read);
  }

  @Test
  void libraryColumnarAgreesWithLibraryDossiers() {
    assertEquals(expected, Counts.of(benchmark.libraryColumnar(columns)));
    assertEquals(
        benchmark.libraryDossiers(objects), benchmark.libraryColumnar(columns),
        "the whole tallies, services and overdue by field included");
  }

  @Test
  void libraryColumnarParallelAgreesWithLibraryDossiers() {
    assertEquals(benchmark.libraryDossiers(objects), benchmark.libraryColumnarParallel(columns));
  }

  @Test
  void handwrittenColumnarLoopAgrees() {
    assertEquals(expected, Counts.of(benchmark.handwrittenColumnarLoop(arrays)));
  }

  @Test
  void handwrittenDossierLoopAgrees() {
    assertEquals(expected, Counts.of(benchmark.handwrittenDossierLoop(objects)));
  }

  @Test
  void idiomaticStreamsAgree() {
    assertEquals(expected, Counts.of(benchmark.idiomaticStreams(objects)));
  }

  @Test
  void duckdbQueryAgrees() throws Exception {
    assertEquals(expected, Counts.of(benchmark.duckdbQuery(duckDb)));
  }
}
