package io.github.motcua.kpi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both ways of the import benchmark read the same dossiers from the same NDJSON. */
class ImportAgreesTest {

  @Test
  void streamingColumnsAndObjectMapperDossiersTallyAlike() throws Exception {
    ImportBenchmark benchmark = new ImportBenchmark();
    benchmark.dossiers = 5_000;
    benchmark.init(5_000);
    DossierColumns columns = benchmark.streamingColumns();
    List<Dossier> dossiers = benchmark.objectMapperDossiers();
    assertEquals(5_000, columns.size());
    assertEquals(5_000, dossiers.size());
    ProvinceTally expected =
        Tallies.of(BenchData.PERIOD, BenchData.AS_OF, benchmark.catalogue).dossiers(dossiers);
    assertEquals(expected, columns.tally(BenchData.PERIOD, BenchData.AS_OF));
    assertTrue(expected.total().get(Counter.FEE_PAID_ONLINE) > 0);
    assertTrue(expected.total().get(Counter.NOT_ACCEPTED) > 0);
  }
}
