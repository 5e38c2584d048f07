package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --directive-file}: the example province file ({@code examples/hn-2026-vneid.yaml}, VNeID
 * counted as online) evaluated over its small dossier file with hand-counted figures; what {@code
 * kpi directives --directive-file} lists; a bad file (every problem, exit 65); a file of several
 * directives.
 */
class DirectiveFileCommandsTest {
  @TempDir Path dir;
  private final Cli cli = Cli.real();

  private Report hanoi() {
    Cli.Result r = cli.run("evaluate", "--directive-file", Cli.examples("hn-2026-vneid.yaml").toString(),
        "--dossiers", Cli.examples("hn-2026-dossiers.csv").toString(),
        "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("hn-agencies.csv").toString(),
        "--tasks", Cli.examples("hn-2026-tasks.csv").toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    return Report.fromJson(r.out());
  }

  private static RuleResult result(Report report, String agency, String rule) {
    return report.agency(agency).orElseThrow().result(rule).orElseThrow();
  }

  private static String measured(RuleResult r) {
    return r.numerator().getAsLong() + "/" + r.denominator().getAsLong();
  }

  @Test
  void theHanoiExampleGivesTheHandCountedFigures() {
    Report report = hanoi();
    assertEquals("hn-2026-vneid", report.directive());
    assertEquals("2026-01-01..2026-06-30", report.period().toString(), "the file's default period, 2026-H1");
    // Sở Tư pháp: online, vneid, vneid, direct, postal — 3 of 5 online or VNeID, ≥ 50 %
    RuleResult s01 = result(report, "HN-S01", "hn2026.online-or-vneid");
    assertEquals("3/5", measured(s01));
    assertEquals(Verdict.MET, s01.verdict());
    assertEquals("50", s01.target().orElseThrow());
    // Sở Xây dựng: one online of four, below the departments' 50 %
    assertEquals("1/4", measured(result(report, "HN-S02", "hn2026.online-or-vneid")));
    assertEquals(Verdict.NOT_MET, result(report, "HN-S02", "hn2026.online-or-vneid").verdict());
    // phường Ba Đình: vneid + online of four = 50 %, against the communes' 30 %
    RuleResult x01 = result(report, "HN-X01", "hn2026.online-or-vneid");
    assertEquals("2/4", measured(x01));
    assertEquals("30", x01.target().orElseThrow());
    // xã Sóc Sơn: the withdrawn VNeID dossier (status 7) and the one received in 2025 do not count
    assertEquals("1/3", measured(result(report, "HN-X02", "hn2026.online-or-vneid")));
    assertEquals(Verdict.MET, result(report, "HN-X02", "hn2026.online-or-vneid").verdict());
    // VNeID share, step curve: ≥ 10 % → 0.5, ≥ 25 % → 1
    assertEquals("2/5", measured(result(report, "HN-S01", "hn2026.vneid-points")));
    assertEquals(new BigDecimal("1.00"), result(report, "HN-S01", "hn2026.vneid-points").points().orElseThrow());
    assertEquals(new BigDecimal("0.00"), result(report, "HN-S02", "hn2026.vneid-points").points().orElseThrow());
    // on time, linear curve 2 × rate / 95 % from 50 %: Sở Xây dựng 2 of 3 finished → 2 × (2/3) / 0.95 = 1.40
    RuleResult onTime = result(report, "HN-S02", "hn2026.on-time-points");
    assertEquals("2/3", measured(onTime));
    assertEquals(new BigDecimal("1.40"), onTime.points().orElseThrow());
    // deadlines: the plan due 30 Apr (done that day is on time), the report due the 14th
    assertEquals(Verdict.DONE_ON_TIME, result(report, "HN-S02", "hn2026.plan").verdict());
    assertEquals(Verdict.DONE_LATE, result(report, "HN-X01", "hn2026.plan").verdict());
    assertEquals(Verdict.OVERDUE, result(report, "HN-X02", "hn2026.plan").verdict());
    assertEquals(Verdict.DONE_LATE, result(report, "HN-X02", "hn2026.quarterly-report").verdict());
    assertEquals(Verdict.DONE_ON_TIME, result(report, "HN-X01", "hn2026.quarterly-report").verdict(), "done on the 14th");
    assertEquals(Verdict.DONE_ON_TIME, result(report, "HN-S01", "hn2026.quarterly-report").verdict());
    assertEquals(new BigDecimal("2.40"), report.agency("HN-X02").orElseThrow().points().orElseThrow());
    AgencyReport best = report.agencies().get(0);
    assertEquals(new BigDecimal("3.00"), best.points().orElseThrow());
    assertEquals(List.of("HN-S01", "HN-X01", "HN-X02", "HN-S02"), report.agencies().stream().map(AgencyReport::agency).toList());
  }

  @Test
  void directivesListsWhatAFileDefines() {
    Cli.Result r = cli.run("directives", "--directive-file", Cli.examples("hn-2026-vneid.yaml").toString());
    assertEquals(0, r.status(), r::toString);
    List<String> lines = Cli.lines(r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("hn-2026-vneid ") && l.contains("99/KH-UBND") && l.contains("2026-03-02")), r::toString);
    assertTrue(lines.contains("  received_online_or_vneid (dossiers {received: in-period, status: [due-soon, finished-early,"
        + " finished-late, finished-on-time, in-progress-not-due-soon, in-progress-overdue], channel: [ONLINE, VNEID]})"), r::toString);
    assertTrue(lines.contains("  online-or-vneid = received_online_or_vneid / received_total"), r::toString);
    assertTrue(lines.contains("  vneid-share = received_vneid / received_total"), r::toString);
    assertFalse(r.out().contains("qt1501"), "only the file's directives: " + r.out());
  }

  @Test
  void rulesOfAFilesDirective() {
    Cli.Result r = cli.run("rules", "--directive-file", Cli.examples("hn-2026-vneid.yaml").toString());
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("hn2026.online-or-vneid  [TARGET]"), r::toString);
    assertTrue(r.out().contains("online-or-vneid ≥ 50 % (PROVINCIAL), 30 % (COMMUNE)"), r::toString);
    assertTrue(r.out().contains("every quarter, due 14/03, 14/06, 14/09, 14/12 («trước ngày 15» of the quarter's last month"), r::toString);
  }

  @Test
  void aBadFileExits65WithEveryProblemByFileLineAndKey() {
    Path bad = Cli.file(dir, "hn.yaml",
        "id: hn",
        "number: 1/KH-UBND",
        "issuer: UBND thành phố Hà Nội",
        "year: 2026",
        "title: Kế hoạch",
        "requirements:",
        "  - rule: hn.a",
        "    kind: target",
        "    title: a",
        "    tiers: [PROVINCIAL, COMUNE]",
        "    indicator: online-or-vneidd",
        "    threshold: 150");
    Cli.Result r = cli.run("evaluate", "--directive-file", bad.toString(), "--agencies", Cli.examples("hn-agencies.csv").toString());
    assertEquals(65, r.status(), r::toString);
    assertEquals(List.of(
            bad + ":7: requirements[0].article: missing: every rule cites the article it enforces: a reference and the quoted phrase («…»)",
            bad + ":10: requirements[0].tiers[1]: unknown tier 'COMUNE'; did you mean 'COMMUNE'?",
            bad + ":11: requirements[0].indicator: unknown indicator 'online-or-vneidd'",
            bad + ":12: requirements[0].threshold: percent must be 0 to 100, got 150",
            "kpi: 4 problems in the directive file; nothing evaluated"),
        Cli.lines(r.err()));
    assertEquals("", r.out());
    assertFalse(r.err().contains("Exception"), r::toString);
  }

  @Test
  void aMissingFileExits66() {
    Cli.Result r = cli.run("directives", "--directive-file", dir.resolve("none.yaml").toString());
    assertEquals(66, r.status(), r::toString);
    assertEquals(List.of("kpi: cannot read " + dir.resolve("none.yaml") + ": no such file"), Cli.lines(r.err()));
    Cli.Result d = cli.run("evaluate", "--directive-file", dir.toString(), "--agencies", Cli.examples("agencies.csv").toString());
    assertEquals(66, d.status(), d::toString);
    assertEquals(List.of("kpi: cannot read " + dir + ": it is a directory, not a file"), Cli.lines(d.err()));
  }

  @Test
  void aFileOfSeveralDirectivesNeedsDirectiveToChoose() {
    Path two = Cli.file(dir, "two.yaml",
        "directives:",
        "  - {id: a, number: '1', issuer: x, year: 2026, title: A, requirements: [",
        "      {rule: a.1, kind: target, title: t, article: '§1', tiers: PROVINCIAL, indicator: on-time, threshold: 90}]}",
        "  - {id: b, number: '2', issuer: x, year: 2026, title: B, requirements: [",
        "      {rule: b.1, kind: target, title: t, article: '§1', tiers: PROVINCIAL, indicator: on-time, threshold: 95}]}");
    String[] common = {"--dossiers", Cli.examples("dossiers.csv").toString(), "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("agencies.csv").toString(), "--period", "2023-H1", "--format", "json"};
    Cli.Result none = cli.run(concat(new String[] {"evaluate", "--directive-file", two.toString()}, common));
    assertEquals(2, none.status(), none::toString);
    assertTrue(none.err().contains(two + " defines 2 directives (a, b): choose one with --directive"), none::toString);
    Cli.Result b = cli.run(concat(new String[] {"evaluate", "--directive-file", two.toString(), "--directive", "b"}, common));
    assertEquals(0, b.status(), b::toString);
    assertEquals("b", Report.fromJson(b.out()).directive());
    Cli.Result unknown = cli.run(concat(new String[] {"evaluate", "--directive-file", two.toString(), "--directive", "qt2023"}, common));
    assertEquals(65, unknown.status(), unknown::toString);
    assertTrue(unknown.err().contains("unknown directive 'qt2023'; known: a, b"), unknown::toString);
  }

  @Test
  void evaluateNeedsADirectiveOrADirectiveFile() {
    Cli.Result r = cli.run("evaluate", "--agencies", Cli.examples("agencies.csv").toString());
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("name a directive (--directive <id>; see: kpi directives) or give --directive-file <file>"), r::toString);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
