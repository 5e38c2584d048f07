package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of issue 12 on {@code evaluate}: their usage errors, and VNeID in the sync format. */
class ReformOptionsTest {
  @TempDir Path dir;

  private String[] base(String period, Path dossiers, String... more) {
    List<String> a = new ArrayList<>(List.of("evaluate", "--directive", "qn07", "--period", period,
        "--agencies", Fixtures.agencies(dir).toString(), "--procedures", Fixtures.procedures(dir).toString(),
        "--dossiers", dossiers.toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  private Path portal(String channel) {
    return Cli.file(dir, "d.ndjson",
        Fixtures.portal("HS1", "QT-S03", "20240105080000", "20240120170000", "20240118100000", null)
            .replace("\"KenhThucHien\":2", "\"KenhThucHien\":" + channel),
        Fixtures.portal("HS2", "QT-S03", "20240106080000", "20240120170000", "20240118100000", null)
            .replace("\"KenhThucHien\":2", "\"KenhThucHien\":1"));
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    Path d = portal("2");
    Cli.Result notStraddling = Cli.real().run(base("2024", d, "--split-at-reform"));
    assertEquals(2, notStraddling.status(), notStraddling::toString);
    assertTrue(notStraddling.err().contains("--split-at-reform: the period 2024-01-01..2024-12-31 does not straddle 1 Jul 2025"),
        notStraddling::toString);
    Cli.Result undated = Cli.real().run("evaluate", "--directive", "qn07", "--period", "2025", "--split-at-reform",
        "--tallies", Cli.examples("quangtri-1501-2020q1-districts.csv").toString());
    assertEquals(2, undated.status(), undated::toString);
    assertTrue(undated.err().contains("--tallies and --work-records carry none"), undated::toString);
    Cli.Result early = Cli.real().run(base("2025", d, "--split-at-reform", "--as-of", "2025-06-01"));
    assertEquals(2, early.status(), early::toString);
    assertTrue(early.err().contains("--as-of 2025-06-01 is before the second part starts"), early::toString);
    Cli.Result level = Cli.real().run(base("2024", d, "--roll-up", "districts"));
    assertEquals(2, level.status(), level::toString);
    assertTrue(level.err().contains("--roll-up: 'districts' is neither province nor a level number"), level::toString);
    Cli.Result under = Cli.real().run(base("2024", d, "--count-under", "nobody"));
    assertEquals(2, under.status(), under::toString);
    Cli.Result code = Cli.real().run(base("2024", d, "--vneid-code", "2"));
    assertEquals(2, code.status(), code::toString);
    assertTrue(code.err().contains("--vneid-code 2: 1, 2 and 3 are direct, online and postal"), code::toString);
  }

  @Test
  void theConfiguredVneidCodeIsReadAsVneidAndCountsOnline() {
    Path d = portal("7");
    Cli.Result without = Cli.real().run(base("2024", d));
    assertEquals(65, without.status(), without::toString);
    assertTrue(without.err().contains("d.ndjson:1: MaHoSo 'HS1': field 'KenhThucHien': must be 1 (direct), 2 (online) or 3 (postal) ('7')"),
        without::toString);
    Cli.Result with = Cli.real().run(base("2024", d, "--vneid-code", "7", "--format", "json"));
    assertEquals(0, with.status(), with::toString);
    Report report = Report.fromJson(with.out());
    var level3 = report.agency("QT-S03").orElseThrow().indicators().stream()
        .filter(i -> i.indicator().equals("online-rate.level3")).findFirst().orElseThrow();
    assertEquals(1, level3.numerator().getAsLong(), "the VNeID dossier is online");
    assertEquals(2, level3.denominator().getAsLong());
    Cli.Result other = Cli.real().run(base("2024", portal("9"), "--vneid-code", "7"));
    assertEquals(65, other.status(), other::toString);
    assertTrue(other.err().contains("field 'KenhThucHien': must be 1 (direct), 2 (online), 3 (postal) or 7 (VNeID) ('9')"),
        other::toString);
  }

  @Test
  void aRollUpOverAggregateFiguresNeedsTheirParents() {
    Path tallies = Cli.file(dir, "t.csv", "agency,name,tier,parent,level3_online,level3_total",
        "P,UBND tỉnh,PROVINCIAL,,0,0", "S1,Sở Tư pháp,PROVINCIAL,P,3,10", "S2,Sở Y tế,PROVINCIAL,NOWHERE,1,4");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qn07", "--period", "2024", "--tallies", tallies.toString(),
        "--roll-up", "province");
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("t.csv: --roll-up: agency S2: parent 'NOWHERE': the parent is not listed"), r::toString);
    Path fixed = Cli.file(dir, "u.csv", "agency,name,tier,parent,level3_online,level3_total",
        "P,UBND tỉnh,PROVINCIAL,,0,0", "S1,Sở Tư pháp,PROVINCIAL,P,3,10", "S2,Sở Y tế,PROVINCIAL,P,1,4");
    Cli.Result ok = Cli.real().run("evaluate", "--directive", "qn07", "--period", "2024", "--tallies", fixed.toString(),
        "--roll-up", "province", "--format", "json");
    assertEquals(0, ok.status(), ok::toString);
    var p = Report.fromJson(ok.out()).agency("P").orElseThrow().result("qn07.online-rate.level3").orElseThrow();
    assertEquals(4, p.numerator().getAsLong());
    assertEquals(14, p.denominator().getAsLong());
  }
}
