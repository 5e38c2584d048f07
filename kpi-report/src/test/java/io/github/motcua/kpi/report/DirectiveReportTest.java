package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.render.Document;
import io.github.motcua.kpi.report.render.Grid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directive report: ranks within a tier, totals as merged tallies, words, formats. */
class DirectiveReportTest {
  private static EvaluationInput input;
  private static DirectiveReport report;

  @BeforeAll
  static void evaluate() throws IOException {
    input = Fixtures.provinceInput();
    report = DirectiveReport.evaluate(Fixtures.qt1501(), input).withFiles("tallies.csv");
  }

  private static String write(Format format, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.write(format, lang, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void agenciesAreRankedWithinTheirTierNeverAcrossByPointsThenResultsMet() {
    for (Tier tier : List.of(Tier.PROVINCIAL, Tier.DISTRICT)) {
      List<RankedAgency> members = report.agencies().stream().filter(a -> a.tier() == tier).toList();
      assertEquals(1, members.get(0).rankInTier(), tier + " starts at 1");
      for (int i = 1; i < members.size(); i++) {
        RankedAgency before = members.get(i - 1);
        RankedAgency a = members.get(i);
        int order = before.points().orElseThrow().compareTo(a.points().orElseThrow());
        assertTrue(order >= 0, "best first within " + tier);
        assertEquals(order == 0 && met(before) == met(a) ? before.rankInTier() : i + 1, a.rankInTier(), a.agency());
      }
    }
    assertEquals(List.of(Tier.PROVINCIAL, Tier.PROVINCIAL, Tier.PROVINCIAL, Tier.DISTRICT),
        report.agencies().subList(0, 4).stream().map(RankedAgency::tier).toList(), "tier by tier");
    assertFalse(report.toJson().contains("\"rank\" :"), "no rank across tiers in the JSON");
  }

  private static long met(RankedAgency a) {
    return a.results().stream().filter(r -> r.verdict() == Verdict.MET || r.verdict() == Verdict.DONE_ON_TIME).count();
  }

  @Test
  void totalsAddNumeratorsAndDenominatorsOfTheTierAndOfTheProvince() {
    for (Indicator indicator : List.of(Indicator.ONLINE_RATE_LEVEL34, Indicator.WORK_RECORDS_ONLINE_RATE)) {
      long provinceNum = 0;
      long provinceDen = 0;
      for (Tier tier : List.of(Tier.PROVINCIAL, Tier.DISTRICT)) {
        long num = 0;
        long den = 0;
        for (RankedAgency a : report.agencies()) {
          if (a.tier() == tier) {
            IndicatorValue v = value(a.indicators(), indicator);
            num += v.numerator().orElseThrow();
            den += v.denominator().orElseThrow();
          }
        }
        IndicatorValue total = value(report.total(tier).orElseThrow().indicators(), indicator);
        assertEquals(num, total.numerator().orElseThrow(), tier + " " + indicator.id());
        assertEquals(den, total.denominator().orElseThrow(), tier + " " + indicator.id());
        provinceNum += num;
        provinceDen += den;
      }
      IndicatorValue province = value(report.province().indicators(), indicator);
      assertEquals(provinceNum, province.numerator().orElseThrow());
      assertEquals(provinceDen, province.denominator().orElseThrow());
      assertEquals(12, report.province().agencies());
    }
  }

  private static IndicatorValue value(List<IndicatorValue> values, Indicator indicator) {
    return values.stream().filter(v -> v.indicator().equals(indicator.id())).findFirst().orElseThrow();
  }

  @Test
  void aTiersTotalIsJudgedAgainstTheTiersOwnThreshold() {
    // work records online: departments 70+50+30 of 300 = 50 % < 60 %; districts 5+10+…+45 = 225 of 450 = 50 % ≥ 30 %
    RuleResult provincial = report.total(Tier.PROVINCIAL).orElseThrow().results().get(0);
    RuleResult districts = report.total(Tier.DISTRICT).orElseThrow().results().get(0);
    assertEquals(150, provincial.numerator().orElseThrow());
    assertEquals(300, provincial.denominator().orElseThrow());
    assertEquals(Verdict.NOT_MET, provincial.verdict());
    assertEquals(java.util.Optional.of("60"), provincial.target());
    assertEquals(Verdict.MET, districts.verdict());
    assertEquals(java.util.Optional.of("30"), districts.target());
  }

  @Test
  void theVietnameseTableSaysVerdictsInWordsWithDecimalCommasAndNamesItsSources() throws IOException {
    String vi = write(Format.TABLE, Lang.VI);
    assertTrue(vi.contains("Không đạt") && vi.contains("Đạt") && vi.contains("Chấm điểm"), vi);
    assertTrue(vi.contains("Xếp hạng trong từng cấp"), vi);
    assertTrue(vi.contains("từ ngày 01/04/2020 đến ngày 30/06/2020"), vi);
    assertTrue(vi.contains("Tính từ các tệp: tallies.csv.") && vi.contains("Bản ghi đọc 13, nhận 12, loại 1."), vi);
    assertTrue(vi.contains("64,4"), "Hải Lăng's rate with a decimal comma: " + vi);
    assertTrue(vi.contains("TOÀN TỈNH"), vi);
    assertFalse(vi.contains("NOT_MET") || vi.contains("MET "), vi);
    String en = write(Format.TABLE, Lang.EN);
    assertTrue(en.contains("Not met") && en.contains("64.4") && en.contains("WHOLE PROVINCE"), en);
  }

  @Test
  void theHtmlIsOneSelfContainedPageWithABarChartPerRequirementAndTier() throws IOException {
    String html = write(Format.HTML, Lang.VI);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<html lang=\"vi\""));
    Matcher fetched = Pattern.compile("(src|href)\\s*=|@import|url\\(").matcher(html);
    assertFalse(fetched.find(), "nothing fetched from elsewhere");
    long charts = html.split("<svg ", -1).length - 1;
    assertEquals(4, charts, "work records and points, for each of the two tiers");
    assertTrue(html.contains("stroke-dasharray"), "a target line");
    assertTrue(html.contains("@page{size:A4 landscape"), "printable on A4");
    assertTrue(html.contains("name=\"viewport\""), "readable on a phone");
    for (RankedAgency a : report.agencies()) {
      assertTrue(html.contains(a.name()), a.name());
    }
  }

  @Test
  void theJsonKeepsStableEnglishKeysAndTheCsvOneRowPerResultAndTotal() throws IOException {
    String json = report.toJson();
    for (String key : List.of("\"directive\" : \"qt1501\"", "\"rankInTier\"", "\"totals\"", "\"beforeDayReading\"",
        "\"files\" : [ \"tallies.csv\" ]", "\"read\" : 13", "\"notMerged\"")) {
      assertTrue(json.contains(key), key + " in " + json);
    }
    String csv = write(Format.CSV, Lang.VI);
    long results = report.agencies().stream().mapToLong(a -> a.results().size()).sum();
    long totals = report.totals().stream().mapToLong(t -> t.indicators().size()).sum();
    assertEquals(1 + results + totals, csv.split("\r\n", -1).length - 1);
    assertTrue(csv.contains("DISTRICT,QT-D03,UBND huyện Gio Linh,"), csv);
  }

  @Test
  void aPooledUnitIsRankedInNoTierAndAddedIntoNoTotal() throws IOException {
    String pooled = report.agencies().stream().filter(a -> a.tier() == Tier.DISTRICT).findFirst().orElseThrow().agency();
    DirectiveReport withPool = DirectiveReport.of(Fixtures.qt1501(), input,
        io.github.motcua.kpi.eval.Evaluator.of(Fixtures.qt1501()).evaluate(input), List.of(pooled));
    assertEquals(List.of(pooled), withPool.pooledUnits());
    assertEquals(pooled, withPool.agencies().get(withPool.agencies().size() - 1).agency(), "listed after the tiers");
    assertEquals(report.province().agencies() - 1, withPool.province().agencies());
    assertEquals(report.total(Tier.DISTRICT).orElseThrow().agencies() - 1, withPool.total(Tier.DISTRICT).orElseThrow().agencies());
    IndicatorValue all = value(report.total(Tier.DISTRICT).orElseThrow().indicators(), Indicator.ONLINE_RATE_LEVEL34);
    IndicatorValue less = value(withPool.total(Tier.DISTRICT).orElseThrow().indicators(), Indicator.ONLINE_RATE_LEVEL34);
    IndicatorValue own = value(withPool.agency(pooled).orElseThrow().indicators(), Indicator.ONLINE_RATE_LEVEL34);
    assertEquals(all.denominator().orElseThrow() - own.denominator().orElseThrow(), less.denominator().orElseThrow());
    assertTrue(withPool.toJson().contains("\"pooledUnits\" : [ \"" + pooled + "\" ]"), withPool.toJson());
    assertFalse(report.toJson().contains("pooledUnits"), "written only when there are some");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    withPool.write(Format.TABLE, Lang.VI, out);
    String vi = out.toString(StandardCharsets.UTF_8);
    assertTrue(vi.contains("III  ĐƠN VỊ GỘP SỐ LIỆU CỦA CÁC ĐƠN VỊ") && vi.contains("Đơn vị gộp (" + pooled + ")"), vi);
  }

  @Test
  void theTerminalTableLeavesOutTheArticlesAndRequirementsThatTheWorkbookAndPageCarry() throws IOException {
    String article = Fixtures.qt1501().requirement("qt1501.online-rate-points").orElseThrow().article();
    String table = write(Format.TABLE, Lang.VI);
    String html = write(Format.HTML, Lang.VI);
    assertFalse(table.contains(article) || table.contains("CÁC YÊU CẦU, CĂN CỨ VÀ CÁCH HIỂU"), table);
    assertTrue(table.contains("bảng «Căn cứ» và cột «Căn cứ» của báo cáo dạng xlsx hoặc html, hoặc lệnh «kpi rules qt1501»"), table);
    assertTrue(html.contains("CÁC YÊU CẦU, CĂN CỨ VÀ CÁCH HIỂU"), "the page keeps the requirements");
    assertTrue(html.contains(article.substring(0, 20)), "the page keeps the articles");
    Document doc = DirectiveLayout.document(report, Lang.VI);
    Document terminal = DirectiveLayout.terminal(report, Lang.VI);
    Grid results = doc.grids().stream().filter(g -> g.sheet().equals("Kết quả")).findFirst().orElseThrow();
    Grid shown = terminal.grids().stream().filter(g -> g.sheet().equals("Kết quả")).findFirst().orElseThrow();
    assertEquals("Căn cứ", results.labels().get(results.columns() - 1));
    assertEquals(results.labels().subList(0, results.columns() - 1), shown.labels());
    assertEquals(doc.grids().size() - 1, terminal.grids().size());
  }

  @Test
  void pointsSumToTheAgencysTotalAndOrderIsStableByCode() {
    for (RankedAgency a : report.agencies()) {
      BigDecimal sum = a.results().stream().map(r -> r.points().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, sum.compareTo(a.points().orElseThrow()), a.agency());
    }
    List<RankedAgency> zeros = report.agencies().stream()
        .filter(a -> a.tier() == Tier.DISTRICT && a.points().orElseThrow().signum() == 0 && met(a) == 0).toList();
    assertEquals(zeros.stream().sorted(Comparator.comparing(RankedAgency::agency)).toList(), zeros);
  }
}
