package io.github.motcua.kpi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static ImmutableDossier.Builder dossier() {
    return Dossier.builder().id("HS-1").procedureCode("1.001").agencyCode("D01").level(ServiceLevel.LEVEL_3)
        .channel(Channel.ONLINE).receivedAt(LocalDateTime.of(2020, 3, 2, 9, 0));
  }

  @Test
  void aDueDateBeforeTheReceivedDateIsRejectedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> dossier().dueAt(LocalDateTime.of(2020, 3, 1, 17, 0)).build());
    assertEquals("dossier HS-1: due date 2020-03-01T17:00 is before its received date 2020-03-02T09:00", e.getMessage());
  }

  @Test
  void otherDossierInconsistenciesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> dossier().finishedAt(LocalDateTime.of(2020, 3, 1, 0, 0)).build());
    assertThrows(IllegalArgumentException.class, () -> dossier().finishedAt(LocalDateTime.of(2020, 3, 5, 0, 0))
        .returnedAt(LocalDateTime.of(2020, 3, 4, 0, 0)).build());
    IllegalArgumentException paid = assertThrows(IllegalArgumentException.class, () -> dossier().payment(Payment.NATIONAL_PORTAL).build());
    assertEquals("dossier HS-1: paid online but carries no fee", paid.getMessage());
    IllegalArgumentException status = assertThrows(IllegalArgumentException.class, () -> dossier().nationalStatus(11).build());
    assertEquals("dossier HS-1: national status must be 1 to 10, got 11", status.getMessage());
    assertEquals(true, dossier().nationalStatus(7).build().isNotAcceptedOrWithdrawn());
  }

  @Test
  void periodsHaveFactoriesAndParse() {
    assertEquals(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31)), Period.quarter(2020, 1));
    assertEquals(Period.quarter(2020, 1), Period.parse("2020-Q1"));
    assertEquals(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)), Period.parse("2023-H1"));
    assertEquals(Period.year(2018), Period.parse("2018"));
    assertEquals(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)), Period.parse("2020-02"));
    assertEquals(Period.quarter(2020, 1), Period.parse("2020-01-01..2020-03-31"));
    assertEquals("2020-01-01..2020-03-31", Period.quarter(2020, 1).toString());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Period.parse("2020-Q5"));
    assertEquals("invalid period '2020-Q5': expected 2018, 2020-H1, 2020-Q1, 2020-03 or 2020-01-01..2020-03-31", bad.getMessage());
    IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class, () -> Period.parse("2020-03-31..2020-01-01"));
    assertEquals("period end 2020-01-01 is before its start 2020-03-31", reversed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Period.parse("2020-02-30..2020-03-01"));
  }

  @Test
  void levelsChannelsAndAgenciesValidate() {
    assertEquals(ServiceLevel.LEVEL_4, ServiceLevel.parse("toàn trình"));
    assertEquals(ServiceLevel.PARTIAL, ServiceLevel.parse("3"));
    assertEquals(ServiceLevel.AT_MOST_2, ServiceLevel.of(1));
    assertThrows(IllegalArgumentException.class, () -> ServiceLevel.parse("5"));
    assertEquals(Channel.POSTAL, Channel.ofNationalCode(3));
    IllegalArgumentException channel = assertThrows(IllegalArgumentException.class, () -> Channel.ofNationalCode(4));
    assertEquals("KenhThucHien must be 1 (direct), 2 (online) or 3 (postal), got 4", channel.getMessage());
    IllegalArgumentException agency = assertThrows(IllegalArgumentException.class, () -> Agency.of(" ", "Sở X", Tier.PROVINCIAL));
    assertEquals("agency code is blank (name 'Sở X')", agency.getMessage());
  }
}
