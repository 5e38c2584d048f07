package io.github.motcua.kpi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A province's tree: levels, sub-units, roll-up targets, the merged province's succession, consistency. */
class AgencyTreeTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  static final Agency PROVINCE =
      Agency.builder().code("QN").name("UBND tỉnh Quảng Ninh").tier(Tier.PROVINCIAL).statisticalCode("22").build();
  static final Agency DEPARTMENT =
      Agency.builder().code("QN-S01").name("Sở Tư pháp").tier(Tier.PROVINCIAL).parent("QN").build();
  static final Agency DISTRICT =
      Agency.builder().code("QN-D01").name("UBND huyện Cô Tô").tier(Tier.DISTRICT).parent("QN")
          .addSuccessors("QN-X01").build();
  static final Agency OLD_COMMUNE =
      Agency.builder().code("QN-C01").name("UBND xã Thanh Lân").tier(Tier.COMMUNE).parent("QN-D01")
          .validTo(JUNE_30).addSuccessors("QN-X01").statisticalCode("07192").build();
  static final Agency NEW_COMMUNE =
      Agency.builder().code("QN-X01").name("UBND đặc khu Cô Tô").tier(Tier.COMMUNE).parent("QN")
          .validFrom(JULY_1).statisticalCode("07192").build();
  static final List<Agency> AGENCIES = List.of(PROVINCE, DEPARTMENT, DISTRICT, OLD_COMMUNE, NEW_COMMUNE);

  @Test
  void levelsSubUnitsAndAncestors() {
    AgencyTree tree = AgencyTree.of(AGENCIES);
    assertEquals(List.of(PROVINCE), tree.roots());
    assertEquals(0, tree.depth("QN"));
    assertEquals(1, tree.depth("QN-D01"));
    assertEquals(2, tree.depth("QN-C01"));
    assertEquals(2, tree.height());
    assertEquals(Set.of("QN-S01", "QN-D01", "QN-X01", "QN-C01"), tree.subUnits("QN"));
    assertEquals(Set.of("QN-C01"), tree.subUnits("QN-D01"));
    assertEquals(List.of(OLD_COMMUNE), tree.children("QN-D01"));
    assertEquals("QN", tree.ancestorAt("QN-C01", 0));
    assertEquals("QN-D01", tree.ancestorAt("QN-C01", 1));
    assertEquals("QN-C01", tree.ancestorAt("QN-C01", 2));
    assertEquals("QN-S01", tree.ancestorAt("QN-S01", 2), "an agency not deeper than the level is itself");
  }

  @Test
  void aRollUpShowsTheAgenciesUpToTheLevelAndPutsEveryValueInOne() {
    AgencyTree tree = AgencyTree.of(AGENCIES);
    LocalDate end = LocalDate.of(2025, 12, 31);
    assertEquals(List.of("QN"), codes(tree.shownAt(0, end)));
    assertEquals(List.of("QN", "QN-S01", "QN-D01", "QN-X01"), codes(tree.shownAt(1, end)));
    Map<String, Long> values = Map.of("QN-S01", 3L, "QN-D01", 5L, "QN-C01", 7L, "QN-X01", 11L);
    assertEquals(Map.of("QN", 26L), tree.rollUp(values, 0, end, Long::sum));
    assertEquals(Map.of("QN-S01", 3L, "QN-D01", 12L, "QN-X01", 11L), tree.rollUp(values, 1, end, Long::sum));
    assertEquals(
        Map.of("QN", 26L, "QN-S01", 3L, "QN-D01", 12L, "QN-C01", 7L, "QN-X01", 11L),
        tree.pool(values, Long::sum));
  }

  @Test
  void atTheProvinceLevelAnOldRootGoesOnUnderItsSingleSuccessorOnceItHasEnded() {
    Agency oldQuangTri = Agency.builder().code("QT-45").name("UBND tỉnh Quảng Trị (cũ)").tier(Tier.PROVINCIAL)
        .validTo(JUNE_30).statisticalCode("45").addSuccessors("QT").build();
    Agency oldQuangBinh = Agency.builder().code("QB-44").name("UBND tỉnh Quảng Bình").tier(Tier.PROVINCIAL)
        .validTo(JUNE_30).statisticalCode("44").addSuccessors("QT").build();
    Agency quangTri = Agency.builder().code("QT").name("UBND tỉnh Quảng Trị").tier(Tier.PROVINCIAL)
        .validFrom(JULY_1).statisticalCode("44").build();
    Agency department = Agency.builder().code("QB-S01").name("Sở Tư pháp Quảng Bình").tier(Tier.PROVINCIAL)
        .parent("QB-44").validTo(JUNE_30).build();
    AgencyTree tree = AgencyTree.of(List.of(oldQuangTri, oldQuangBinh, quangTri, department));
    assertEquals("QT", tree.rollUpTarget("QB-S01", 0, LocalDate.of(2025, 12, 31)));
    assertEquals("QB-44", tree.rollUpTarget("QB-S01", 0, JUNE_30), "a period ending before the merger keeps the old province");
    assertEquals(List.of("QT"), codes(tree.shownAt(0, LocalDate.of(2025, 12, 31))));
    assertEquals(List.of("QT-45", "QB-44", "QT"), codes(tree.shownAt(0, JUNE_30)));
    assertEquals("QB-44", tree.rollUpTarget("QB-44", 1, LocalDate.of(2025, 12, 31)), "below the province level, no succession");
  }

  @Test
  void inconsistenciesNameTheAgencyTheAttributeAndTheValue() {
    Agency orphan = Agency.builder().code("X9").name("UBND xã B").tier(Tier.COMMUNE).parent("NOWHERE").build();
    Agency lateChild = Agency.builder().code("X8").name("UBND xã C").tier(Tier.COMMUNE).parent("QN-D01")
        .validFrom(JULY_1).build();
    Agency lost = Agency.builder().code("X7").name("UBND xã D").tier(Tier.COMMUNE).validTo(JUNE_30)
        .addSuccessors("GONE").build();
    Agency reused = Agency.builder().code("X6").name("UBND xã E").tier(Tier.COMMUNE).parent("QN")
        .statisticalCode("07192").build();
    Agency a = Agency.builder().code("A").name("A").tier(Tier.COMMUNE).parent("B").build();
    Agency b = Agency.builder().code("B").name("B").tier(Tier.COMMUNE).parent("A").build();
    List<String> found =
        AgencyTree.inconsistencies(List.of(PROVINCE, DISTRICT, NEW_COMMUNE, orphan, lateChild, lost, reused, a, b, PROVINCE))
            .stream().map(Object::toString).toList();
    assertEquals(
        List.of(
            "agency QN: code 'QN': the code is listed twice",
            "agency X9: parent 'NOWHERE': the parent is not listed",
            "agency X8: parent 'QN-D01': the parent (valid …–30/06/2025) never exists at the same time as the"
                + " agency (valid 01/07/2025–…)",
            "agency X7: successors 'GONE': the successor is not listed",
            "agency A: parent 'B': the agency is its own ancestor: A → B → A",
            "agency X6: statisticalCode '07192': the statistical code is also QN-X01's, and both exist at the"
                + " same time (valid …–… and 01/07/2025–…)"),
        found);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgencyTree.of(List.of(orphan)));
    assertEquals("agency X9: parent 'NOWHERE': the parent is not listed", e.getMessage());
  }

  @Test
  void aStatisticalCodeReusedAfterTheReformIsNoConflict() {
    assertTrue(AgencyTree.inconsistencies(AGENCIES).isEmpty(), "QN-C01 (to 30/06/2025) and QN-X01 (from 01/07/2025) share 07192");
  }

  private static List<String> codes(List<Agency> agencies) {
    return agencies.stream().map(Agency::code).collect(Collectors.toList());
  }
}
