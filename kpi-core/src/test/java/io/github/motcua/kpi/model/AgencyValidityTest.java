package io.github.motcua.kpi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.json.KpiJson;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agencies as effective-dated records: validity, the end of the district tier, both codes. */
class AgencyValidityTest {
  private static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  @Test
  void theDistrictTierEndsOn30June2025AndTheOthersGoOn() {
    assertEquals(REFORM, Tier.TWO_TIERS_FROM);
    assertEquals(Optional.of(LAST_DISTRICT_DAY), Tier.DISTRICT.lastDay());
    assertEquals(Optional.empty(), Tier.PROVINCIAL.lastDay());
    assertEquals(Optional.empty(), Tier.COMMUNE.lastDay());
  }

  @Test
  void aDistrictWithoutDatesExistsUpTo30June2025() {
    Agency district = Agency.of("QN-D01", "UBND huyện Cô Tô", Tier.DISTRICT);
    assertTrue(district.isValidOn(LocalDate.of(2018, 1, 1)));
    assertTrue(district.isValidOn(LAST_DISTRICT_DAY));
    assertFalse(district.isValidOn(REFORM));
    assertEquals(Optional.of(LAST_DISTRICT_DAY), district.lastDay());
    assertTrue(district.isValidThroughout(Period.year(2023)));
    assertTrue(district.isValidDuring(Period.year(2025)));
    assertFalse(district.isValidThroughout(Period.year(2025)));
    assertFalse(district.isValidDuring(Period.half(2025, 2)));
    assertEquals("…–30/06/2025", district.validityText());
  }

  @Test
  void aDistrictSaidToBeValidAfter30June2025IsRejectedNamingItAndTheDate() {
    IllegalArgumentException to =
        assertThrows(
            IllegalArgumentException.class,
            () -> Agency.builder().code("QN-D01").name("UBND huyện Cô Tô").tier(Tier.DISTRICT)
                .validTo(LocalDate.of(2025, 7, 31)).build());
    assertEquals(
        "agency QN-D01: a DISTRICT agency valid to 2025-07-31, but the DISTRICT tier ended on 2025-06-30"
            + " (two-tier local government from 2025-07-01)",
        to.getMessage());
    IllegalArgumentException from =
        assertThrows(
            IllegalArgumentException.class,
            () -> Agency.builder().code("QN-D02").name("UBND huyện mới").tier(Tier.DISTRICT)
                .validFrom(REFORM).build());
    assertTrue(from.getMessage().startsWith("agency QN-D02: a DISTRICT agency valid from 2025-07-01"), from.getMessage());
    Agency ends = Agency.builder().code("QN-D01").name("UBND huyện Cô Tô").tier(Tier.DISTRICT)
        .validTo(LAST_DISTRICT_DAY).build();
    assertEquals(Optional.of(LAST_DISTRICT_DAY), ends.lastDay());
  }

  @Test
  void datesOutOfOrderAndSelfReferencesAreRejected() {
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class,
            () -> Agency.builder().code("X1").name("UBND xã A").tier(Tier.COMMUNE)
                .validFrom(LocalDate.of(2025, 7, 1)).validTo(LocalDate.of(2025, 6, 1)).build());
    assertEquals("agency X1: valid to 2025-06-01 is before valid from 2025-07-01", order.getMessage());
    IllegalArgumentException parent =
        assertThrows(IllegalArgumentException.class,
            () -> Agency.builder().code("X1").name("UBND xã A").tier(Tier.COMMUNE).parent("X1").build());
    assertEquals("agency X1 names itself as its parent", parent.getMessage());
    IllegalArgumentException successor =
        assertThrows(IllegalArgumentException.class,
            () -> Agency.builder().code("X1").name("UBND xã A").tier(Tier.COMMUNE).validTo(LAST_DISTRICT_DAY)
                .addSuccessors("X1").build());
    assertEquals("agency X1 names itself as its successor", successor.getMessage());
  }

  @Test
  void successorsNeedAnEndAndCodesAreChecked() {
    IllegalArgumentException noEnd =
        assertThrows(IllegalArgumentException.class,
            () -> Agency.builder().code("X1").name("UBND xã A").tier(Tier.COMMUNE).addSuccessors("X9").build());
    assertEquals("agency X1 names successors [X9] but no last day (valid to)", noEnd.getMessage());
    Agency district = Agency.builder().code("D1").name("UBND huyện Cô Tô").tier(Tier.DISTRICT)
        .addSuccessors("X9").build();
    assertEquals(Optional.of(LAST_DISTRICT_DAY), district.lastDay(), "a district ends by law, so it may name successors");
    IllegalArgumentException stat =
        assertThrows(IllegalArgumentException.class,
            () -> Agency.builder().code("P").name("UBND tỉnh").tier(Tier.PROVINCIAL).statisticalCode("4A").build());
    assertEquals("agency P: statistical code '4A' is not digits", stat.getMessage());
    IllegalArgumentException portal =
        assertThrows(IllegalArgumentException.class,
            () -> Agency.builder().code("P").name("UBND tỉnh").tier(Tier.PROVINCIAL).portalCode("000.00 H50").build());
    assertEquals("agency P: portal code '000.00 H50' is blank or has spaces", portal.getMessage());
  }

  @Test
  void anAgencyWithDatesParentSuccessorsAndCodesRoundTripsThroughJson() {
    Agency a = Agency.builder().code("QN-D01").name("UBND huyện Cô Tô").tier(Tier.DISTRICT)
        .validFrom(LocalDate.of(1994, 3, 23)).validTo(LAST_DISTRICT_DAY).parent("QN")
        .addSuccessors("QN-X01").statisticalCode("207").portalCode("000.00.13.H49").build();
    String json = KpiJson.write(a);
    assertEquals(a, KpiJson.read(json, Agency.class));
    assertTrue(json.contains("\"validTo\" : \"2025-06-30\""), json);
    Agency old = KpiJson.read("{\"code\":\"S1\",\"name\":\"Sở Tư pháp\",\"tier\":\"PROVINCIAL\",\"roles\":[]}", Agency.class);
    assertEquals(Agency.of("S1", "Sở Tư pháp", Tier.PROVINCIAL), old, "JSON without the new fields reads as before");
  }

  @Test
  void periodsSplitAtADay() {
    assertTrue(Period.year(2025).straddles(REFORM));
    assertTrue(Period.of(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 9, 14)).straddles(REFORM));
    assertFalse(Period.quarter(2025, 3).straddles(REFORM), "a period starting on the day does not straddle it");
    assertFalse(Period.half(2025, 1).straddles(REFORM));
    assertEquals(Optional.of(Period.half(2025, 1)), Period.year(2025).partBefore(REFORM));
    assertEquals(Optional.of(Period.half(2025, 2)), Period.year(2025).partFrom(REFORM));
    assertEquals(Optional.empty(), Period.quarter(2025, 3).partBefore(REFORM));
    assertEquals(Optional.of(Period.quarter(2025, 3)), Period.quarter(2025, 3).partFrom(REFORM));
    assertEquals(Optional.of(Period.quarter(2024, 1)), Period.quarter(2024, 1).partBefore(REFORM));
    assertEquals(Optional.empty(), Period.quarter(2024, 1).partFrom(REFORM));
  }
}
