package io.github.motcua.kpi.rules.covid2020;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the appendix of Quảng Trị 1501/UBND-VX (II. Cấp huyện, 1 Jan – 31 Mar 2020) from its
 * counts: every printed rate (one decimal, half up) and every printed point, except the one known
 * quirk of the combined column.
 */
class Qt1501AppendixTest {
  private static final String COUNTS = "quangtri-1501-2020q1-districts.csv";
  private static final String PRINTED = "quangtri-1501-2020q1-districts.expected.csv";

  /**
   * The known quirk: Đông Hà, 1 online of 241 level-3 dossiers, prints 0.4 in col. 9 but 0 in the
   * combined col. 13, whose exact value is the same 1/241 = 0.41 %. We print 0.4 in both.
   */
  private static final String COMBINED_COLUMN_QUIRK = "QT-D05";

  private static Map<String, Tally> tallies;
  private static Map<String, String[]> printed;
  private static Report report;

  @BeforeAll
  static void evaluateTheAppendix() throws IOException {
    List<String[]> counts = rows(COUNTS, 7);
    List<Agency> agencies = new ArrayList<>();
    tallies = new LinkedHashMap<>();
    for (String[] row : counts) {
      agencies.add(Agency.of(row[0], row[1], Tier.valueOf(row[2])));
      tallies.put(
          row[0],
          Tally.builder()
              .set(Counter.LEVEL3_ONLINE, Long.parseLong(row[3]))
              .set(Counter.LEVEL3_TOTAL, Long.parseLong(row[4]))
              .set(Counter.LEVEL4_ONLINE, Long.parseLong(row[5]))
              .set(Counter.LEVEL4_TOTAL, Long.parseLong(row[6]))
              .build());
    }
    printed = new LinkedHashMap<>();
    for (String[] row : rows(PRINTED, 5)) {
      printed.put(row[0], row);
    }
    report =
        Evaluator.of(Qt1501.directive())
            .evaluate(
                EvaluationInput.builder()
                    .asOf(LocalDate.of(2020, 4, 8))
                    .agencies(agencies)
                    .tallies(ProvinceTally.of(tallies))
                    .build());
  }

  @Test
  void theGoldenFilesCoverTheSameNineDistricts() {
    assertEquals(9, tallies.size());
    assertEquals(tallies.keySet(), printed.keySet());
    assertEquals(Qt1501.APPENDIX_PERIOD, report.period(), "the default period is the appendix's");
  }

  @Test
  void everyPrintedLevel3RateIsReproduced() {
    for (String agency : printed.keySet()) {
      Ratio rate = Indicator.ONLINE_RATE_LEVEL3.ratio(tallies.get(agency)).orElseThrow();
      assertSamePrint(printed.get(agency)[1], rate, agency + " col. 9");
    }
  }

  @Test
  void everyPrintedLevel4RateIsReproduced() {
    for (String agency : printed.keySet()) {
      Ratio rate = Indicator.ONLINE_RATE_LEVEL4.ratio(tallies.get(agency)).orElseThrow();
      assertSamePrint(printed.get(agency)[2], rate, agency + " col. 12");
    }
  }

  @Test
  void everyPrintedCombinedRateIsReproducedExceptTheKnownQuirk() {
    Set<String> differing = new TreeSet<>();
    for (String agency : printed.keySet()) {
      BigDecimal ours = print(combined(agency));
      if (ours.compareTo(new BigDecimal(printed.get(agency)[3])) != 0) {
        differing.add(agency);
      }
    }
    assertEquals(Set.of(COMBINED_COLUMN_QUIRK), differing, "rows whose col. 13 we print differently");
  }

  @Test
  void theCombinedColumnQuirkIsDongHaPrintingZeroForOneOf241() {
    Ratio rate = combined(COMBINED_COLUMN_QUIRK);
    assertEquals(Ratio.of(1, 241), rate);
    assertEquals(new BigDecimal("0.4"), rate.percent(1), "our exact 1/241, one decimal half up");
    assertNotEquals(0, rate.percent(1).compareTo(new BigDecimal(printed.get(COMBINED_COLUMN_QUIRK)[3])));
    assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(printed.get(COMBINED_COLUMN_QUIRK)[3])),
        "the appendix prints 0 in col. 13");
    assertEquals(0, BigDecimal.ZERO.compareTo(points(COMBINED_COLUMN_QUIRK)), "the points are not affected");
  }

  @Test
  void everyPrintedPointIsReproduced() {
    for (String agency : printed.keySet()) {
      BigDecimal expected = new BigDecimal(printed.get(agency)[4]);
      assertEquals(0, expected.compareTo(points(agency)), agency + " col. 14: printed " + expected
          + ", computed " + points(agency));
      BigDecimal total = report.agency(agency).orElseThrow().points().orElseThrow();
      assertEquals(0, expected.compareTo(total), agency + " total points: the one scored rule");
    }
  }

  @Test
  void pointsAreReportedWithTwoDecimals() {
    RuleResult gioLinh = result("QT-D03");
    assertEquals(new BigDecimal("0.58"), gioLinh.points().orElseThrow());
    assertEquals(Verdict.NOT_MET, gioLinh.verdict());
    assertEquals(Verdict.MET, result("QT-D01").verdict(), "Hải Lăng 64.4 % reaches 20 %");
  }

  @Test
  void theAgenciesUnderOnePointAreTheOnesTheLetterNames() {
    Set<String> printedUnderOne = new TreeSet<>();
    printed.forEach((a, row) -> {
      if (new BigDecimal(row[4]).compareTo(BigDecimal.ONE) < 0) {
        printedUnderOne.add(a);
      }
    });
    Set<String> ours = new TreeSet<>();
    for (AgencyReport a : report.agencies()) {
      if (a.points().orElseThrow().compareTo(BigDecimal.ONE) < 0) {
        ours.add(a.agency());
      }
    }
    assertEquals(printedUnderOne, ours);
    assertEquals(7, ours.size());
  }

  @Test
  void theReportSurvivesAJsonRoundTripFromOutsideTheCore() {
    // Run from this module, so a missing `opens` in kpi-core's module-info would fail here.
    assertEquals(report, Report.fromJson(report.toJson()));
  }

  private static Ratio combined(String agency) {
    RuleResult r = result(agency);
    return Ratio.of(r.numerator().orElseThrow(), r.denominator().orElseThrow());
  }

  private static BigDecimal points(String agency) {
    return result(agency).points().orElseThrow();
  }

  private static RuleResult result(String agency) {
    return report.agency(agency).orElseThrow().result(Qt1501.ONLINE_RATE_POINTS).orElseThrow();
  }

  /** As the appendix prints a rate: one decimal, half up; a rate with no value (0/0) as 0. */
  private static BigDecimal print(Ratio rate) {
    return rate.hasValue() ? rate.percent(1) : BigDecimal.ZERO;
  }

  private static void assertSamePrint(String printedText, Ratio rate, String where) {
    BigDecimal expected = new BigDecimal(printedText);
    assertEquals(0, expected.compareTo(print(rate)), where + ": printed " + expected + ", exact " + rate
        + " prints " + print(rate));
  }

  /** A hand split of a small, quote-free CSV; the header is checked and skipped. */
  private static List<String[]> rows(String resource, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Qt1501AppendixTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "test resource " + resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      assertEquals(columns, header.split(",", -1).length, resource + " header: " + header);
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        assertTrue(cells.length == columns, resource + " line " + number + ": " + cells.length
            + " cells, expected " + columns);
        out.add(cells);
      }
    }
    return out;
  }
}
