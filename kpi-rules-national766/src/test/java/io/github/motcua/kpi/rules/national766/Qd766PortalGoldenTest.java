package io.github.motcua.kpi.rules.national766;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.GroupScore;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.rules.national766.PortalCases.GroupRow;
import io.github.motcua.kpi.rules.national766.PortalCases.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure the national portal printed for 55 units of Phú Thọ, 2026 (a month, a quarter, a
 * year): indicator points (a null printed where the portal prints none), printed ratios, group
 * totals and maxima, reproduced from the portal's own counts by {@code qd766}. Nothing is skipped
 * silently: each test counts the rows it checked, and the figures that cannot be checked are
 * counted and named.
 */
class Qd766PortalGoldenTest {
  private static List<Row> rows;
  private static Map<String, Report> reports;

  @BeforeAll
  static void evaluate() {
    rows = PortalCases.rows();
    reports = new HashMap<>();
    for (String type : List.of("month", "quarter", "year")) {
      Row any = rows.stream().filter(r -> r.periodType().equals(type)).findFirst().orElseThrow();
      reports.put(
          type,
          Evaluator.of(Qd766.directive())
              .evaluate(
                  EvaluationInput.builder()
                      .period(any.period())
                      .asOf(any.period().end())
                      .agencies(PortalCases.agencies(rows))
                      .tallies(PortalCases.tallies(rows, type))
                      .build()));
    }
  }

  private static AgencyReport part(String unit, String type) {
    return reports.get(type).agency(unit).orElseThrow(() -> new AssertionError("no report for " + unit));
  }

  private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  @Test
  void everyPrintedIndicatorPointIsReproducedNullsIncluded() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (Row r : rows) {
      if (r.group().equals(Qd766.PAYMENT) || r.indicator().startsWith("5.1")) {
        continue;
      }
      checked++;
      RuleResult result = part(r.unit(), r.periodType()).result(Qd766.rule(r.indicator())).orElseThrow();
      Optional<BigDecimal> printed = r.points().isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(r.points()));
      if (!same(printed, result.points())) {
        mismatches.add(r.unit() + " " + r.periodType() + " " + r.indicator() + " " + r.numerator() + "/"
            + r.denominator() + ": portal " + printed + ", qd766 " + result.points());
      }
    }
    assertEquals(List.of(), mismatches);
    assertEquals(15 * 165, checked, "groups 1, 2, 4, 5 (5.1 has no points): 15 indicators × 55 units × 3 periods");
  }

  @Test
  void everyPrintedRatioIsTheExactRatioHalfUpWhereItHasAValue() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    int zeroForNoValue = 0;
    int ratioWithoutCounts = 0;
    int noneForNoValue = 0;
    int paymentNotPrinted = 0;
    for (Row r : rows) {
      AgencyReport a = part(r.unit(), r.periodType());
      IndicatorValue v =
          a.indicators().stream().filter(i -> i.indicator().equals(Qd766.rule(r.indicator()))).findFirst().orElseThrow();
      if (r.ratio().isEmpty()) {
        if (r.group().equals(Qd766.PAYMENT)) {
          paymentNotPrinted++; // the portal prints no ratio in group 3b; ours is in the report
        } else {
          noneForNoValue++;
          assertEquals("0", r.denominator(), r.toString());
          assertTrue(v.percent().isEmpty(), r.toString());
        }
        continue;
      }
      if (r.denominator().isEmpty()) {
        // 4.6: the portal prints 100 with no counts; we print no ratio (nothing was counted).
        ratioWithoutCounts++;
        assertTrue(v.percent().isEmpty());
        continue;
      }
      if (r.denominator().equals("0")) {
        // 2.1, 5.x with 0/0: the portal prints 0 %; a ratio with no value prints none here.
        zeroForNoValue++;
        assertEquals("0", r.ratio());
        assertTrue(v.percent().isEmpty());
        continue;
      }
      checked++;
      if (new BigDecimal(r.ratio()).compareTo(new BigDecimal(v.percent().orElseThrow())) != 0) {
        mismatches.add(r.unit() + " " + r.periodType() + " " + r.indicator() + ": portal " + r.ratio() + ", qd766 " + v.percent());
      }
    }
    assertEquals(List.of(), mismatches);
    assertEquals(165, ratioWithoutCounts, "4.6 for every unit and period");
    assertEquals(3 + 3 + 132 * 4, zeroForNoValue, "2.1, 5.4 (3 each), 5.1a, 5.1b, 5.2, 5.3 (132 each) with 0/0");
    assertEquals(1978, checked);
    assertEquals(495, paymentNotPrinted);
    assertEquals(128, noneForNoValue);
    assertEquals(rows.size(), checked + zeroForNoValue + ratioWithoutCounts + paymentNotPrinted + noneForNoValue);
  }

  @Test
  void everyGroupTotalAndMaximumIsReproducedExceptTheOnlineGroupsWhichHasNoCounts() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    int onlineGroupWithoutCounts = 0;
    for (GroupRow g : PortalCases.groupRows()) {
      GroupScore ours = part(g.unit(), g.periodType()).group(g.group()).orElseThrow();
      if (new BigDecimal(g.max()).compareTo(ours.max()) != 0) {
        mismatches.add(g.unit() + " " + g.periodType() + " " + g.group() + " max: portal " + g.max() + ", qd766 " + ours.max());
      }
      if (g.group().equals(Qd766.ONLINE)) {
        // The portal prints only this total below the province: 3.1–3.3 have no counts here, so the
        // report has nothing to score (NO_DATA, no points). Counted, not compared.
        onlineGroupWithoutCounts++;
        assertEquals(0, BigDecimal.ZERO.compareTo(ours.points()));
        continue;
      }
      checked++;
      if (new BigDecimal(g.points()).compareTo(ours.points()) != 0) {
        mismatches.add(g.unit() + " " + g.periodType() + " " + g.group() + ": portal " + g.points() + ", qd766 " + ours.points());
      }
    }
    assertEquals(List.of(), mismatches);
    assertEquals(5 * 165, checked, "groups 1, 2, 3b, 4, 5 × 55 units × 3 periods");
    assertEquals(165, onlineGroupWithoutCounts);
  }

  @Test
  void thePaymentGroupNeedsThePortalsRoundingAndKeepsTheExactFigure() {
    int checked = 0;
    List<String> quirks = new ArrayList<>();
    for (Row r : rows) {
      if (!r.group().equals(Qd766.PAYMENT)) {
        continue;
      }
      checked++;
      RuleResult result = part(r.unit(), r.periodType()).result(Qd766.rule(r.indicator())).orElseThrow();
      BigDecimal exact = result.exactPoints().or(result::points).orElseThrow();
      // recomputed_points: the reference's figure from the exact ratio.
      assertEquals(0, new BigDecimal(r.recomputed()).compareTo(exact), r.toString());
      if (exact.compareTo(result.points().orElseThrow()) != 0) {
        quirks.add(r.unit() + " " + r.periodType() + " " + r.indicator() + " " + r.numerator() + "/" + r.denominator()
            + " " + result.points().get() + " (exactly " + exact + ")");
      }
    }
    assertEquals(495, checked);
    // The one difference in these 55 units: H44.144, month, 3.6 = 295/377 → 78.25 % → 4.695 held as
    // 4.6950000000000003 → 4.70, exactly 4.69496… → 4.69. The printed group total 5.99 needs 4.70.
    assertEquals(List.of("H44.144 month 3.6 295/377 4.70 (exactly 4.69)"), quirks);
    GroupScore payment = part("H44.144", "month").group(Qd766.PAYMENT).orElseThrow();
    assertEquals(new BigDecimal("5.99"), payment.points());
  }
}
