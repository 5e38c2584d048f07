package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our dossier CSV, work records, task completions and secondments, each through {@code evaluate}. */
class InputsTest {
  @TempDir Path dir;

  private Report json(Cli.Result r) {
    assertEquals(0, r.status(), r::toString);
    return Report.fromJson(r.out());
  }

  @Test
  void ourDossierCsvCountsLikeThePortalFormat() {
    Path dossiers = Cli.file(dir, "d.csv",
        "id,procedure,agency,channel,received,due,finished,returned,status,result_by_post,fee,paid_online,digitised,apology",
        "HS1,1.004227,QT-S03,online,2023-01-05T08:00,2023-01-20,2023-01-18,,10,0,1,1,1,0",
        "HS2,1.004227,Sở Tài nguyên và Môi trường,direct,2023-02-10 08:30,2023-02-24,2023-03-01,,,,yes,no,no,yes",
        "HS3,2.000884,QT-D05,3,20230301080000,20230301170000,20230301110000,,,,,,,");
    Report report = json(Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString(), "--format", "json"));
    AgencyReport land = report.agency("QT-S03").orElseThrow();
    RuleResult onTime = land.result("qt2023.on-time").orElseThrow();
    assertEquals(1, onTime.numerator().getAsLong());
    assertEquals(2, onTime.denominator().getAsLong());
    RuleResult apology = land.result("qt2023.apology").orElseThrow();
    assertEquals(1, apology.numerator().getAsLong(), "HS2 is late and apologised");
    assertEquals(1, apology.denominator().getAsLong());
    assertEquals(1, land.result("qt2023.online-payment").orElseThrow().numerator().getAsLong());
    assertEquals(1, report.agency("QT-D05").orElseThrow().result("qt2023.on-time").orElseThrow().numerator().getAsLong());
  }

  @Test
  void ourDossierCsvReportsBadChannelsAndFlagsByLine() {
    Path dossiers = Cli.file(dir, "d.csv",
        "id,procedure,agency,channel,received,fee,paid_online",
        "HS1,1.004227,QT-S03,by pigeon,2023-01-05,maybe,0",
        "HS2,1.004227,QT-S03,online,2023-01-05,0,1");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString());
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("d.csv:2: MaHoSo 'HS1': field 'channel': must be direct, online, postal, vneid or 1, 2, 3 ('by pigeon')"), r::toString);
    assertTrue(r.err().contains("d.csv:2: MaHoSo 'HS1': field 'fee': not a yes/no value"), r::toString);
    assertTrue(r.err().contains("d.csv:3: MaHoSo 'HS2': field 'paid_online': paid online, but the dossier carries no fee"), r::toString);
  }

  @Test
  void workRecordsFeedTheWorkRecordsTarget() {
    Path records = Cli.file(dir, "w.csv", "agency,classified,online",
        "QT-S03,0,1", "QT-S03,0,1", "QT-S03,0,0", "QT-S03,1,0",
        "UBND Thành phố Đông Hà,no,yes", "QT-D05,no,no", "QT-D05,no,no");
    Report quarter = json(Cli.real().run("evaluate", "--directive", "qt1501", "--agencies", Fixtures.agencies(dir).toString(),
        "--work-records", records.toString(), "--format", "json"));
    assertEquals(Verdict.NOT_APPLICABLE,
        quarter.agency("QT-S03").orElseThrow().result("covid2020.work-records-online").orElseThrow().verdict(),
        "the default period, Q1 2020, ends before the letter of 8 Apr 2020");
    Report report = json(Cli.real().run("evaluate", "--directive", "qt1501", "--agencies", Fixtures.agencies(dir).toString(),
        "--work-records", records.toString(), "--period", "2020", "--format", "json"));
    RuleResult provincial = report.agency("QT-S03").orElseThrow().result("covid2020.work-records-online").orElseThrow();
    assertEquals(2, provincial.numerator().getAsLong(), "the classified record counts in neither");
    assertEquals(3, provincial.denominator().getAsLong());
    assertEquals(Verdict.MET, provincial.verdict(), "2/3 ≥ 60 %");
    RuleResult district = report.agency("QT-D05").orElseThrow().result("covid2020.work-records-online").orElseThrow();
    assertEquals(Verdict.MET, district.verdict(), "1/3 ≥ 30 %");
    assertEquals(Verdict.NO_DATA, report.agency("QT-S07").orElseThrow().result("covid2020.work-records-online").orElseThrow().verdict());
  }

  @Test
  void taskCompletionsDecideDeadlines() {
    Path tasks = Cli.file(dir, "tasks.csv", "task,agency,done",
        "covid2020.edoc-four-levels,QT-S03,2020-06-15", "covid2020.edoc-four-levels,QT-D05,2020-07-02");
    Report report = json(Cli.real().run("evaluate", "--directive", "qt1501", "--agencies", Fixtures.agencies(dir).toString(),
        "--tasks", tasks.toString(), "--period", "2020", "--format", "json"));
    assertEquals(Verdict.DONE_ON_TIME, report.agency("QT-S03").orElseThrow().result("covid2020.edoc-four-levels").orElseThrow().verdict());
    RuleResult late = report.agency("QT-D05").orElseThrow().result("covid2020.edoc-four-levels").orElseThrow();
    assertEquals(Verdict.DONE_LATE, late.verdict());
    assertEquals(LocalDate.of(2020, 7, 2), late.done().orElseThrow());
    assertEquals(Verdict.OVERDUE, report.agency("QT-S07").orElseThrow().result("covid2020.edoc-four-levels").orElseThrow().verdict());
  }

  @Test
  void secondmentsAreJudgedAgainstTheTermBounds() {
    Path terms = Cli.file(dir, "s.csv", "official,agency,start,end,merged_unit",
        "Nguyễn Văn A,QT-S03,2022-01-01,2023-01-01,0", "Trần Thị B,QT-S03,2023-01-01,2023-03-01,0");
    Report report = json(Cli.real().run("evaluate", "--directive", "qt2023", "--agencies", Fixtures.agencies(dir).toString(),
        "--secondments", terms.toString(), "--format", "json"));
    RuleResult term = report.agency("QT-S03").orElseThrow().result("qt2023.secondment-term").orElseThrow();
    assertEquals(1, term.numerator().getAsLong(), "12 months is within 6..24; 2 months is not");
    assertEquals(2, term.denominator().getAsLong());
    assertEquals(Verdict.NOT_MET, term.verdict());
  }

  @Test
  void recordsNamingAnUnknownAgencyAreRejected() {
    Path tasks = Cli.file(dir, "tasks.csv", "task,agency,done", "covid2020.edoc-four-levels,QT-X99,2020-06-15");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt1501", "--agencies", Fixtures.agencies(dir).toString(),
        "--tasks", tasks.toString());
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("tasks.csv:2: field 'agency': unknown agency (neither a code nor a name of the agencies given) ('QT-X99')"), r::toString);
  }

  @Test
  void withoutAFeeFieldTheCataloguesFeeFlagDecides() {
    // procedure 1.004227 carries a fee in the catalogue, 2.000884 does not; neither record has DanhSachLePhi
    Path dossiers = Cli.file(dir, "d.ndjson",
        "{\"MaHoSo\":\"HS1\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"QT-S03\",\"KenhThucHien\":2,\"NgayTiepNhan\":\"20230105080000\",\"DuocThanhToanTrucTuyen\":1}",
        "{\"MaHoSo\":\"HS2\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"QT-S03\",\"KenhThucHien\":1,\"NgayTiepNhan\":\"20230106080000\",\"DanhSachLePhi\":[]}",
        "{\"MaHoSo\":\"HS3\",\"MaTTHC\":\"2.000884\",\"DonViXuLy\":\"QT-S03\",\"KenhThucHien\":1,\"NgayTiepNhan\":\"20230107080000\"}");
    Report report = json(Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString(), "--format", "json"));
    RuleResult payment = report.agency("QT-S03").orElseThrow().result("qt2023.online-payment").orElseThrow();
    assertEquals(1, payment.numerator().getAsLong(), "HS1 paid online");
    assertEquals(1, payment.denominator().getAsLong(), "HS1 from the catalogue; HS2 says no fee itself; HS3's procedure has none");
  }

  @Test
  void theVneidChannelOfAPortalFileIsTheCodeGivenOnTheCommandLine() {
    Path dossiers = Cli.file(dir, "d.ndjson",
        Fixtures.portal("HS1", "QT-S03", "20230105080000", "20230120170000", null, null).replace("\"KenhThucHien\":2", "\"KenhThucHien\":7"));
    Cli.Result without = Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString());
    assertEquals(65, without.status(), without::toString);
    assertTrue(without.err().contains("field 'KenhThucHien': must be 1 (direct), 2 (online) or 3 (postal) ('7')"), without::toString);
    Cli.Result with = Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(), "--vneid-code", "7",
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString(), "--format", "json");
    assertEquals(0, with.status(), with::toString);
    Cli.Result taken = Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(), "--vneid-code", "2",
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString());
    assertEquals(2, taken.status(), taken::toString);
  }
}
