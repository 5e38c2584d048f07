package io.github.motcua.kpi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file of more agencies than one columnar batch holds (65,536): tallied in chunks, the limit is
 * lifted — each chunk holds the agencies its rows name; read as one batch, the record past it is
 * rejected with the limit named, never an internal error.
 */
class ManyAgenciesTest {
  @Test
  void sixtyFiveThousandFiveHundredThirtySevenAgenciesAreTalliedInChunks() {
    int n = DossierColumns.MAX_AGENCIES + 1;
    List<Agency> agencies = new ArrayList<>(n);
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < n; i++) {
      agencies.add(Agency.of("A" + i, "Agency " + i, Tier.COMMUNE));
      records.append("{\"MaHoSo\":\"H").append(i).append("\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"A").append(i)
          .append("\",\"KenhThucHien\":2,\"NgayTiepNhan\":\"20230105080000\",\"NgayHenTra\":null}\n");
    }
    byte[] bytes = records.toString().getBytes(StandardCharsets.UTF_8);
    ProcedureCatalogue catalogue = Inputs.catalogue();
    DossierReader reader = DossierReader.builder(catalogue, agencies).build();
    Tallies tallies = Tallies.of(Period.year(2023), Period.year(2023).end(), catalogue)
        .counting(List.of(Counter.RECEIVED_TOTAL)).agencies(agencies);
    DossierRead<ProvinceTally> read = Inputs.tally(reader, "d.ndjson", bytes, tallies);
    assertEquals(List.of(), read.problems());
    assertEquals(n, read.value().byAgency().size());
    assertEquals(n, read.value().total().get(Counter.RECEIVED_TOTAL));

    DossierRead<DossierColumns> one = Inputs.columns(reader, "d.ndjson", bytes);
    assertEquals(n - 1, one.accepted());
    assertEquals(1, one.rejected());
    assertTrue(one.problems().get(0).toString().startsWith("d.ndjson:65537: MaHoSo 'H65536': one batch of columns holds at most 65536 agencies"),
        one.problems()::toString);
  }
}
