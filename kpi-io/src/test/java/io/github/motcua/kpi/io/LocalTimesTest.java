package io.github.motcua.kpi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** The portal's yyyyMMddHHmmss read from its digits: every day of the years read, and none outside them. */
class LocalTimesTest {
  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  @Test
  void everyDayFrom1970To2105ReadsAsItsLocalEpochSecondAndOthersAreOutOrInvalid() {
    for (LocalDate d = LocalDate.of(1970, 1, 1); d.getYear() <= 2105; d = d.plusDays(1)) {
      char[] text = PORTAL.format(d.atTime(23, 59, 58)).toCharArray();
      assertEquals(d.atTime(23, 59, 58).toEpochSecond(ZoneOffset.UTC), LocalTimes.parse(text, 0, 14), d::toString);
    }
    assertEquals(LocalTimes.INVALID, LocalTimes.parse("20190229000000".toCharArray(), 0, 14), "no 29 February in 2019");
    assertEquals(LocalTimes.INVALID, LocalTimes.parse("20200231000000".toCharArray(), 0, 14));
    assertEquals(LocalTimes.INVALID, LocalTimes.parse("20200101240000".toCharArray(), 0, 14));
    assertEquals(LocalTimes.INVALID, LocalTimes.parse("2020010108000".toCharArray(), 0, 13));
    assertEquals(LocalTimes.INVALID, LocalTimes.parse("2020-01-01T080".toCharArray(), 0, 14));
    assertEquals(LocalTimes.OUT, LocalTimes.parse("19691231235959".toCharArray(), 0, 14));
    assertEquals(LocalTimes.OUT, LocalTimes.parse("21060101000000".toCharArray(), 0, 14));
    assertEquals(LocalTimes.OUT, LocalTimes.parse("00000101000000".toCharArray(), 0, 14));
  }
}
