package io.github.motcua.kpi.rules.quangtri2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.IndicatorValue;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The baseline figures the 2023 Quảng Trị letter quotes ("6 tháng đầu năm 2023", whole province),
 * recomputed from counts and judged by its rules (two decimals, half up, as the letter prints).
 */
class Qt2023BaselineTest {
  private static final long FINISHED = 152_243;
  private static final long ON_TIME = 151_606;
  private static final long OVERDUE = 637;
  private static final long OVERDUE_LAND = 293;
  private static final String LAND = "Đất đai";

  /** The whole province as one provincial-tier agency (the letter's figures are province-wide). */
  private static final Agency PROVINCE = Agency.of("QT", "Tỉnh Quảng Trị", Tier.PROVINCIAL);

  @Test
  void onTime151606Of152243Is99Point58PercentAndNotMet() {
    // «Tiếp nhận, giải quyết trước hạn và đúng hạn 151.606/152.243 hồ sơ đạt tỷ lệ 99,58%». The
    // letter counts finished dossiers only; none open past due is quoted, so the rule's count of
    // them is 0 here.
    Tally province = Tally.builder().set(Counter.FINISHED_TOTAL, FINISHED).set(Counter.FINISHED_ON_TIME, ON_TIME)
        .set(Counter.OVERDUE_TOTAL, OVERDUE).set(Counter.IN_PROGRESS_OVERDUE, 0).build();
    AgencyReport report = report(province);
    IndicatorValue quoted = report.indicators().stream().filter(i -> i.indicator().equals("on-time")).findFirst()
        .orElseThrow(() -> new AssertionError("the report carries the finished-only on-time: " + report));
    assertEquals(Optional.of("99.58"), quoted.percent(), "the rate the letter quotes");
    RuleResult r = report.result(Qt2023.ON_TIME).orElseThrow();
    assertEquals(Optional.of("on-time.including-open-overdue"), r.indicator());
    assertEquals("99.58", r.percent().orElseThrow());
    assertEquals(Verdict.NOT_MET, r.verdict(), "637 late dossiers: not 100 %");
    assertEquals(OVERDUE, FINISHED - ON_TIME, "the 637 overdue are the finished-late dossiers");
  }

  @Test
  void noLateFinishedDossierButFiveOpenPastDueIsNotMet() {
    // «Chấm dứt tình trạng trễ hạn»: an open dossier past its due date is late processing too.
    Tally agency = Tally.builder().set(Counter.FINISHED_TOTAL, 100).set(Counter.FINISHED_ON_TIME, 100)
        .set(Counter.OVERDUE_TOTAL, 5).set(Counter.IN_PROGRESS_OVERDUE, 5).build();
    AgencyReport report = report(agency);
    RuleResult r = report.result(Qt2023.ON_TIME).orElseThrow();
    assertEquals(Verdict.NOT_MET, r.verdict());
    assertEquals(100L, r.numerator().getAsLong());
    assertEquals(105L, r.denominator().getAsLong(), "finished + in progress overdue");
    assertEquals(Optional.of("100.00"),
        report.indicators().stream().filter(i -> i.indicator().equals("on-time")).findFirst().orElseThrow().percent(),
        "the finished-only rate alone would say 100 %");
  }

  @Test
  void landIs293Of637OverdueWhichPrints46HalfUpWhereTheLetterTruncatesTo45Point99() {
    // «quá hạn 637 hồ sơ (riêng lĩnh vực đất đai 293 hồ sơ, chiếm tỷ lệ 45,99% trên tất cả các
    // lĩnh vực)». Known quirk: 293/637 = 45.9968… %, which is 46.00 half up; the letter's 45.99
    // is the truncation. We print 46.00 and the decision uses the exact 293/637.
    Tally province =
        Tally.builder().set(Counter.OVERDUE_TOTAL, OVERDUE).set(Counter.overdueInField(LAND), OVERDUE_LAND).build();
    Ratio share = Indicator.overdueShareOf(LAND).ratio(province).orElseThrow();
    assertEquals(Ratio.of(OVERDUE_LAND, OVERDUE), share);
    assertEquals(new BigDecimal("46.00"), share.percent(2));
    BigDecimal truncated =
        BigDecimal.valueOf(OVERDUE_LAND * 100).divide(BigDecimal.valueOf(OVERDUE), 2, RoundingMode.DOWN);
    assertEquals(new BigDecimal("45.99"), truncated, "what the letter prints");
    assertNotEquals(truncated, share.percent(2));
    // A field whose overdue count is not reported has no data, not 0 %.
    assertTrue(Indicator.overdueShareOf("Tư pháp").ratio(province).isEmpty());
  }

  @Test
  void apologiesAt46Point62PercentAreNotMet() {
    // «Việc xin lỗi … chỉ đạt 46,62% (quy định của Chính phủ phải 100%)» — only the percentage.
    // Counts picked: 297 apologies for the same 637 overdue dossiers = 46.6248… % → 46.62.
    Tally province =
        Tally.builder().set(Counter.OVERDUE_TOTAL, OVERDUE).set(Counter.OVERDUE_APOLOGISED, 297).build();
    RuleResult r = result(province, Qt2023.APOLOGY);
    assertEquals("46.62", r.percent().orElseThrow());
    assertEquals(Verdict.NOT_MET, r.verdict());
  }

  @Test
  void digitisationAt67Point50PercentIsNotMet() {
    // «Việc số hóa thành phần hồ sơ toàn tỉnh đạt 67,50%» — only the percentage. Counts picked:
    // 102,764 of 152,243 dossiers received = 67.49998… % → 67.50 half up.
    Tally province =
        Tally.builder().set(Counter.RECEIVED_TOTAL, FINISHED).set(Counter.DIGITISED, 102_764).build();
    RuleResult r = result(province, Qt2023.DIGITISED_COMPONENTS);
    assertEquals("67.50", r.percent().orElseThrow());
    assertEquals(Verdict.NOT_MET, r.verdict());
  }

  @Test
  void onlinePaymentAt3Point71And8Point47PercentMissesThirty() {
    // «Các cơ quan chuyên môn thuộc UBND tỉnh đạt 3,71%, UBND cấp huyện đạt 8,47% … tối thiểu phải
    // đạt 30%» — only percentages. Counts picked: 371 of 10,000 and 847 of 10,000 fee-bearing
    // dossiers paid online.
    Agency departments = Agency.of("SO", "Các cơ quan chuyên môn thuộc UBND tỉnh", Tier.PROVINCIAL);
    Agency districts = Agency.of("HUYEN", "UBND cấp huyện", Tier.DISTRICT);
    Report report =
        Evaluator.of(Qt2023.directive())
            .evaluate(
                EvaluationInput.builder()
                    .asOf(LocalDate.of(2023, 7, 10))
                    .addAgencies(departments, districts)
                    .tallies(
                        ProvinceTally.of(
                            Map.of("SO", payments(371, 10_000), "HUYEN", payments(847, 10_000))))
                    .build());
    RuleResult provincial = report.agency("SO").orElseThrow().result(Qt2023.ONLINE_PAYMENT).orElseThrow();
    RuleResult district = report.agency("HUYEN").orElseThrow().result(Qt2023.ONLINE_PAYMENT).orElseThrow();
    assertEquals("3.71", provincial.percent().orElseThrow());
    assertEquals("8.47", district.percent().orElseThrow());
    assertEquals(Verdict.NOT_MET, provincial.verdict());
    assertEquals(Verdict.NOT_MET, district.verdict());
    assertEquals("30", district.target().orElseThrow());
  }

  private static Tally payments(long online, long fees) {
    return Tally.builder().set(Counter.FEE_TOTAL, fees).set(Counter.FEE_PAID_ONLINE, online).build();
  }

  /** The whole province's part of the report over the default period, 2023-H1. */
  private static AgencyReport report(Tally province) {
    Report report =
        Evaluator.of(Qt2023.directive())
            .evaluate(
                EvaluationInput.builder()
                    .asOf(LocalDate.of(2023, 7, 10))
                    .addAgencies(PROVINCE)
                    .tallies(ProvinceTally.of(Map.of(PROVINCE.code(), province)))
                    .build());
    return report.agency(PROVINCE.code()).orElseThrow();
  }

  /** The result of {@code rule} for the whole province over the default period, 2023-H1. */
  private static RuleResult result(Tally province, String rule) {
    Report report =
        Evaluator.of(Qt2023.directive())
            .evaluate(
                EvaluationInput.builder()
                    .asOf(LocalDate.of(2023, 7, 10))
                    .addAgencies(PROVINCE)
                    .tallies(ProvinceTally.of(Map.of(PROVINCE.code(), province)))
                    .build());
    assertEquals(Qt2023.BASELINE_PERIOD, report.period());
    return report.agency(PROVINCE.code()).orElseThrow().result(rule).orElseThrow();
  }
}
