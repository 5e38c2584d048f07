package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The bundled national-portal example ({@code examples/}) evaluated against {@code qt2023}. The
 * expected counts were worked out by hand from the twelve records (see {@code examples/README.md}).
 */
class PortalExampleTest {

  private static Report evaluate(String dossiers) {
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt2023",
        "--dossiers", Cli.examples(dossiers).toString(),
        "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("agencies.csv").toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    return Report.fromJson(r.out());
  }

  private static String indicator(AgencyReport a, String id) {
    IndicatorValue v = a.indicators().stream().filter(i -> i.indicator().equals(id)).findFirst().orElseThrow();
    return v.numerator().getAsLong() + "/" + v.denominator().getAsLong();
  }

  private static String measured(AgencyReport a, String rule) {
    RuleResult r = a.result(rule).orElseThrow();
    return r.numerator().getAsLong() + "/" + r.denominator().getAsLong();
  }

  @Test
  void theJsonArrayExampleGivesTheHandCountedFigures() {
    Report report = evaluate("national-portal-dossiers.json");
    assertEquals("2023-01-01..2023-06-30", report.period().toString());
    assertEquals(12, report.input().orElseThrow().read());
    assertEquals(0, report.input().orElseThrow().rejected());

    AgencyReport land = report.agency("QT-S03").orElseThrow();
    // 0001 on time (18 Jan ≤ 20 Jan), 0002 late (1 Mar > 24 Feb), 0003 on its due date; 0004 still
    // open past its 15 Jun due date: late processing too («chấm dứt tình trạng trễ hạn»)
    assertEquals("2/4", measured(land, "qt2023.on-time"));
    assertEquals(Verdict.NOT_MET, land.result("qt2023.on-time").orElseThrow().verdict());
    assertEquals("2/3", indicator(land, "on-time"), "the finished-only rate, as the letter quotes it");
    // overdue: 0002 finished late and 0004 open past its 15 Jun due date at 30 Jun; the sync
    // format has no apology field, so the apology rule has no data rather than 0 of 2
    RuleResult apology = land.result("qt2023.apology").orElseThrow();
    assertEquals(Verdict.NO_DATA, apology.verdict());
    assertTrue(apology.numerator().isEmpty(), apology::toString);
    // four fee-bearing dossiers, 0002 paid on the national portal
    assertEquals("1/4", measured(land, "qt2023.online-payment"));

    AgencyReport haiLang = report.agency("QT-D01").orElseThrow(); // DonViXuLy holds its name
    assertEquals("1/2", measured(haiLang, "qt2023.on-time"));
    assertEquals("1/2", measured(haiLang, "qt2023.online-payment"), "0006 paid through a local gateway (2)");

    AgencyReport construction = report.agency("QT-S07").orElseThrow(); // by code and by a name with a comma
    assertEquals("2/2", measured(construction, "qt2023.on-time"));
    assertEquals(Verdict.MET, construction.result("qt2023.on-time").orElseThrow().verdict());

    AgencyReport dongHa = report.agency("QT-D05").orElseThrow();
    // 0009 same day, 0010 a day late, 0011 on its due date; 0012 withdrawn (status 7) is never late
    assertEquals("2/3", measured(dongHa, "qt2023.on-time"));
    assertEquals(Verdict.NO_DATA, dongHa.result("qt2023.online-payment").orElseThrow().verdict(), "no fee-bearing dossier");
  }

  @Test
  void theNdjsonExampleGivesTheSameReportAsTheJsonArray() {
    assertEquals(evaluate("national-portal-dossiers.json").agencies(), evaluate("national-portal-dossiers.ndjson").agencies());
  }

  @Test
  void ourDossierCsvOfTheSameDossiersGivesTheSameReportButForTheApologiesOnlyItCarries() {
    Report portal = evaluate("national-portal-dossiers.json");
    Report csv = evaluate("dossiers.csv");
    assertEquals(withoutApology(portal), withoutApology(csv));
    // Our CSV has an apology column: 0002 and 0004 are overdue, neither apologised.
    assertEquals("0/2", measured(csv.agency("QT-S03").orElseThrow(), "qt2023.apology"));
  }

  /** The agencies' parts without the apology indicator and rule. */
  private static java.util.List<AgencyReport> withoutApology(Report r) {
    return r.agencies().stream()
        .map(
            a ->
                (AgencyReport)
                    io.github.motcua.kpi.eval.AgencyReport.builder().from(a)
                        .indicators(
                            a.indicators().stream().filter(i -> !i.indicator().equals("apology")).toList())
                        .results(
                            a.results().stream().filter(x -> !x.rule().equals("qt2023.apology")).toList()).build())
        .toList();
  }

  @Test
  void theTableNamesEveryAgencyWithTwoDecimalPercentagesAndADecimalComma() {
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt2023",
        "--dossiers", Cli.examples("national-portal-dossiers.json").toString(),
        "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("agencies.csv").toString());
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+qt2023\\.on-time\\s+2\\s+3\\s+66,67\\s.*")), r::toString);
  }
}
