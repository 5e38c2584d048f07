package io.github.motcua.kpi.tally;

import static io.github.motcua.kpi.tally.Counter.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void aCounterNotReportedDiffersFromAReportedZero() {
    Tally t = Tally.builder().set(LEVEL3_ONLINE, 0).set(LEVEL3_TOTAL, 0).build();
    assertEquals(OptionalLong.of(0), t.value(LEVEL3_ONLINE));
    assertEquals(OptionalLong.empty(), t.value(LEVEL4_ONLINE));
    assertTrue(t.isReported(LEVEL3_TOTAL));
    assertFalse(t.isReported(LEVEL4_TOTAL));
  }

  @Test
  void anOfThoseCounterAboveItsWholeIsRejectedWithBothValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tally.builder().set(LEVEL3_ONLINE, 30).set(LEVEL3_TOTAL, 26).build());
    assertEquals("level3_online (30) exceeds level3_total (26)", e.getMessage());
  }

  @Test
  void aNegativeCountIsRejectedWithItsValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tally.builder().set(FEE_TOTAL, -4).build());
    assertEquals("negative count for fee_total (-4)", e.getMessage());
  }

  @Test
  void overdueInAFieldMayNotExceedTheOverdueTotal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tally.builder().set(OVERDUE_TOTAL, 5).set(Counter.overdueInField("Đất đai"), 6).build());
    assertEquals("overdue_total:field=Đất đai (6) exceeds overdue_total (5)", e.getMessage());
  }

  @Test
  void mergeAddsDossierCountersAndUnitesProcedureSets() {
    Tally a = Tally.builder().set(LEVEL3_TOTAL, 5).procedures(PROCEDURES_TOTAL, List.of("P1", "P2")).build();
    Tally b = Tally.builder().set(LEVEL3_TOTAL, 7).procedures(PROCEDURES_TOTAL, List.of("P2", "P3")).build();
    Tally m = a.merge(b);
    assertEquals(12, m.get(LEVEL3_TOTAL));
    assertEquals(3, m.get(PROCEDURES_TOTAL));
    assertFalse(m.isReported(LEVEL3_ONLINE));
  }

  @Test
  void mergingTwoAggregateDistinctCountsIsRefusedRatherThanGuessed() {
    Tally a = Tally.builder().set(PROCEDURES_POSTAL_USED, 3).set(PROCEDURES_TOTAL, 5).build();
    Tally b = Tally.builder().set(PROCEDURES_POSTAL_USED, 2).set(PROCEDURES_TOTAL, 5).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    assertTrue(e.getMessage().startsWith("cannot merge procedures_postal_used"), e.getMessage());
    // Reported on one side only, an aggregate count is kept as it is.
    Tally c = Tally.builder().set(LEVEL3_TOTAL, 1).build();
    assertEquals(3, a.merge(c).get(PROCEDURES_POSTAL_USED));
  }

  @Test
  void theJsonMapRoundTripsAndReadsOtherCountersAsReportedFigures() {
    Tally t = Tally.builder().set(LEVEL3_ONLINE, 3).set(LEVEL3_TOTAL, 26).set(OVERDUE_TOTAL, 4)
        .set(Counter.overdueInField("Đất đai"), 2).procedures(PROCEDURES_TOTAL, List.of("P1")).build();
    assertEquals(t, Tally.fromMap(t.toMap()));
    Tally other = Tally.fromMap(Map.of("petitions_on_time", 3));
    assertEquals(3, other.get(Counter.reported("petitions_on_time", "petitions handled on time")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tally.fromMap(Map.of("level3_total", "three")));
    assertEquals("'level3_total' must be a whole number, got three", e.getMessage());
  }

  @Test
  void countersAreFoundByTheirCsvColumnNames() {
    assertEquals(LEVEL3_ONLINE, Counter.byId("level3_online").orElseThrow());
    assertEquals(LEVEL3_ONLINE, Counter.byId(" LEVEL3_ONLINE ").orElseThrow());
    assertTrue(Counter.byId("level5").isEmpty());
    assertEquals(LEVEL3_TOTAL, LEVEL3_ONLINE.whole().orElseThrow());
  }

  @Test
  void partsReportingDifferentCountersThatBreakAnInvariantDoNotMergeSilently() {
    Tally onlineOnly = Tally.builder().set(LEVEL3_ONLINE, 5).build();
    Tally totalOnly = Tally.builder().set(LEVEL3_TOTAL, 3).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> onlineOnly.merge(totalOnly));
    assertEquals("the parts report different counters, so their merge is inconsistent:"
        + " level3_online (5) exceeds level3_total (3)", e.getMessage());
    assertEquals(8, Tally.builder().set(LEVEL3_ONLINE, 5).build()
        .merge(Tally.builder().set(LEVEL3_TOTAL, 8).build()).get(LEVEL3_TOTAL));
  }
}
