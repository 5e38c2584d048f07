package io.github.motcua.kpi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.io.DossierRead;
import io.github.motcua.kpi.io.DossierReader;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Both ways of the import benchmark read the same dossiers from the same NDJSON, every fact of the
 * sync format included, and so do kpi-io's chunked tally and the dossiers the records were written
 * from.
 */
class ImportAgreesTest {

  @Test
  void streamingColumnsObjectMapperDossiersAndTheChunkedTallyAgree() throws Exception {
    ImportBenchmark benchmark = new ImportBenchmark();
    benchmark.dossiers = 5_000;
    benchmark.init(5_000);
    DossierColumns columns = benchmark.streamingColumns();
    List<Dossier> mapped = benchmark.objectMapperDossiers();
    assertEquals(5_000, columns.size());
    assertEquals(5_000, mapped.size());
    assertEquals(Set.of(Fact.APOLOGY), columns.unknownFacts());

    List<Counter> counters = new ArrayList<>(Counter.standard());
    for (Fact f : List.of(Fact.VNEID_ACCOUNT, Fact.SYNCED, Fact.ELECTRONIC_RESULT, Fact.COMPONENT_DIGITISED,
        Fact.PERSONAL_STORE, Fact.NATIONAL_DATABASE, Fact.SETTLED_ELSEWHERE)) {
      counters.add(Counter.dossiers("t_" + f.key(), f.key(), Where.builder().flag(f, true).build()));
    }
    Counter many = Counter.dossiers("t_many", "many supplements", Where.builder().fact(Fact.SUPPLEMENTS, "many").build());
    Counter dissatisfied = Counter.dossiers("t_dissatisfied", "dissatisfied", Where.builder().fact(Fact.RATING, "dissatisfied").build());
    counters.add(many);
    counters.add(dissatisfied);
    Tallies tallies = Tallies.of(BenchData.PERIOD, BenchData.AS_OF, benchmark.catalogue).counting(counters);
    ProvinceTally expected = tallies.dossiers(SyncData.of(benchmark.catalogue, 5_000).dossiers(benchmark.catalogue));
    assertEquals(expected, tallies.dossiers(mapped));
    assertEquals(expected, tallies.columns(columns));
    DossierRead<ProvinceTally> chunked = benchmark.reader.tally(
        "bench.ndjson", DossierReader.Source.of(benchmark.ndjson), DossierReader.Format.PORTAL, tallies);
    assertEquals(expected, chunked.value());
    for (Counter c : counters.subList(counters.size() - 9, counters.size())) {
      assertTrue(expected.total().get(c) > 0, c.id());
    }
    assertTrue(expected.total().get(Counter.FEE_PAID_ONLINE) > 0);
    assertTrue(expected.total().get(Counter.NOT_ACCEPTED) > 0);
  }
}
