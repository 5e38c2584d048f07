package io.github.motcua.kpi.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void thirtyOfAHundredMeetsThirtyPercentAndTwentyNineNinetyNineOfTenThousandDoesNot() {
    assertTrue(Ratio.of(30, 100).isAtLeast(Ratio.ofPercent(30)));
    assertFalse(Ratio.of(2999, 10_000).isAtLeast(Ratio.ofPercent(30)));
  }

  @Test
  void percentRoundsHalfUpOnceFromTheExactValue() {
    // 6/11 = 54.5454…%: one decimal gives 54.5; rounding the two-decimal 54.55 again would give 54.6.
    assertEquals(new BigDecimal("54.5"), Ratio.of(6, 11).percent(1));
    assertEquals(new BigDecimal("54.55"), Ratio.of(6, 11).percent(2));
    // QT-1501 appendix, Gio Linh: 3/26 = 11.538…% prints 11.5.
    assertEquals(new BigDecimal("11.5"), Ratio.of(3, 26).percent(1));
    // Exactly half: 1/8 = 12.5 % → 13 at no decimal (half up).
    assertEquals(new BigDecimal("13"), Ratio.of(1, 8).percent(0));
    // QT-2023: 151,606 / 152,243 = 99.5815…% prints 99.58.
    assertEquals(new BigDecimal("99.58"), Ratio.of(151_606, 152_243).percent(2));
  }

  @Test
  void aZeroDenominatorHasNoValueAndMeetsNoThreshold() {
    Ratio none = Ratio.of(0, 0);
    assertFalse(none.hasValue());
    assertFalse(none.isAtLeast(Ratio.ofPercent(0)));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> none.percent(2));
    assertTrue(e.getMessage().contains("no value"), e.getMessage());
    assertTrue(none.compareTo(Ratio.of(0, 5)) < 0, "no value sorts before 0 %");
  }

  @Test
  void invalidRatiosNameTheirValues() {
    IllegalArgumentException above =
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(30, 26));
    assertEquals("numerator 30 exceeds denominator 26", above.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(-1, 26));
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 0));
    assertThrows(IllegalArgumentException.class, () -> Ratio.ofPercent(101));
  }

  @Test
  void parsePercentIsExact() {
    assertEquals(Ratio.of(115, 1000), Ratio.parsePercent("11.5"));
    assertEquals(Ratio.of(30, 100), Ratio.parsePercent("30"));
    assertEquals(0, Ratio.parsePercent("99.58").compareTo(Ratio.of(9958, 10_000)));
    assertThrows(IllegalArgumentException.class, () -> Ratio.parsePercent("abc"));
    assertThrows(IllegalArgumentException.class, () -> Ratio.parsePercent("100.01"));
  }

  @Test
  void equalityKeepsTheCountsWhileComparisonIsByValue() {
    assertFalse(Ratio.of(1, 2).equals(Ratio.of(2, 4)));
    assertEquals(0, Ratio.of(1, 2).compareTo(Ratio.of(2, 4)));
    assertEquals("3/26", Ratio.of(3, 26).toString());
  }

  @Test
  void comparisonIsExactNearLongMaxValue() {
    long max = Long.MAX_VALUE;
    Ratio almostOne = Ratio.of(max - 1, max);
    assertTrue(almostOne.compareTo(Ratio.of(1, 1)) < 0);
    assertTrue(almostOne.isAtLeast(Ratio.of(max - 2, max - 1)));
    assertFalse(Ratio.of(max - 2, max - 1).isAtLeast(almostOne));
  }
}
