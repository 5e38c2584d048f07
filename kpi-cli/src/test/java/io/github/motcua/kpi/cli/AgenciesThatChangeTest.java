package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.io.AgenciesCsv;
import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agencies file's optional columns for agencies that change, and the validity of agencies and
 * of the dossiers they receive: bad input named by file, line and field.
 */
class AgenciesThatChangeTest {
  @TempDir Path dir;

  private static final String HEADER = "agency,name,tier,valid_from,valid_to,parent,successors,statistical_code,portal_code";

  private Cli.Result evaluate(Path agencies, Path dossiers) {
    return Cli.real().run("evaluate", "--directive", "qn07", "--period", "2025", "--agencies", agencies.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--dossiers", dossiers.toString(), "--format", "json");
  }

  @Test
  void theNewColumnsAreReadIntoTheAgency() throws Exception {
    Path file = Cli.file(dir, "a.csv", HEADER,
        "QN,UBND tỉnh Quảng Ninh,PROVINCIAL,,,,,22,000.00.00.H49",
        "QN-D10,UBND huyện Cô Tô,DISTRICT,1994-03-23,2025-06-30,QN,QN-X03; QN-X04,,000.00.10.H49",
        "QN-X03,UBND đặc khu Cô Tô,xã,2025-07-01,,QN,,,",
        "QN-X04,UBND xã Vân Đồn,COMMUNE,2025-07-01,,QN,,,");
    List<Agency> agencies = AgenciesCsv.read(file);
    Agency district = agencies.get(1);
    assertEquals(Optional.of(LocalDate.of(1994, 3, 23)), district.validFrom());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), district.validTo());
    assertEquals(Optional.of("QN"), district.parent());
    assertEquals(List.of("QN-X03", "QN-X04"), district.successors());
    assertEquals(Optional.of("000.00.10.H49"), district.portalCode());
    assertEquals(Optional.of("22"), agencies.get(0).statisticalCode());
    assertEquals(Tier.COMMUNE, agencies.get(2).tier());
  }

  @Test
  void aFileWithoutTheNewColumnsReadsAsBefore() throws Exception {
    List<Agency> agencies = AgenciesCsv.read(Cli.examples("agencies.csv"));
    assertEquals(Agency.of("QT-S03", "Sở Tài nguyên và Môi trường", Tier.PROVINCIAL), agencies.get(0));
    assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), agencies.get(2).lastDay(), "a district ends with its tier");
  }

  @Test
  void aDistrictValidAfter30June2025IsBadInputNamedByLineAndField() {
    Path file = Cli.file(dir, "a.csv", HEADER,
        "QN-D10,UBND huyện Cô Tô,DISTRICT,,2025-12-31,,,,",
        "QN-D11,UBND huyện mới,DISTRICT,2025-07-01,,,,,",
        "QN-X03,UBND đặc khu Cô Tô,COMMUNE,2025-07-01,2025-06-01,,,,");
    Cli.Result r = evaluate(file, Cli.file(dir, "d.csv", "id,procedure,agency,channel,received"));
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("a.csv:2: field 'valid_to': a DISTRICT agency exists up to 2025-06-30 at the latest:"
        + " district government ended with two-tier local government from 2025-07-01 (Luật 72/2025/QH15) ('2025-12-31')"), r::toString);
    assertTrue(r.err().contains("a.csv:3: field 'valid_from': a DISTRICT agency exists up to 2025-06-30"), r::toString);
    assertTrue(r.err().contains("a.csv:4: field 'valid_to': is before valid_from (2025-07-01) ('2025-06-01')"), r::toString);
  }

  @Test
  void inconsistentParentsSuccessorsAndCodesAreNamedByLineAndField() {
    Path file = Cli.file(dir, "a.csv", HEADER,
        "QN,UBND tỉnh Quảng Ninh,PROVINCIAL,,,,,22,",
        "QN-X01,UBND phường Hạ Long,COMMUNE,2025-07-01,,QN-NOWHERE,,,",
        "QN-D10,UBND huyện Cô Tô,DISTRICT,,,QN,QN-GONE,,",
        "QN-X02,UBND phường Bãi Cháy,COMMUNE,2025-07-01,,QN-D10,,,",
        "QN-2,UBND tỉnh Quảng Ninh (bản sao),PROVINCIAL,,,,,22,",
        "QN-X03,UBND đặc khu Cô Tô,COMMUNE,,,QN-X03,,4A,");
    Cli.Result r = evaluate(file, Cli.file(dir, "d.csv", "id,procedure,agency,channel,received"));
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("a.csv:7: field 'parent': is the agency itself ('QN-X03')"), r::toString);
    assertTrue(r.err().contains("a.csv:7: field 'statistical_code': not a statistical code (digits) ('4A')"), r::toString);
    Path fixed = Cli.file(dir, "b.csv", HEADER,
        "QN,UBND tỉnh Quảng Ninh,PROVINCIAL,,,,,22,",
        "QN-X01,UBND phường Hạ Long,COMMUNE,2025-07-01,,QN-NOWHERE,,,",
        "QN-D10,UBND huyện Cô Tô,DISTRICT,,,QN,QN-GONE,,",
        "QN-X02,UBND phường Bãi Cháy,COMMUNE,2025-07-01,,QN-D10,,,",
        "QN-2,UBND tỉnh Quảng Ninh (bản sao),PROVINCIAL,,,,,22,");
    Cli.Result tree = evaluate(fixed, Cli.file(dir, "d.csv", "id,procedure,agency,channel,received"));
    assertEquals(65, tree.status(), tree::toString);
    assertTrue(tree.err().contains("b.csv:3: field 'parent': agency QN-X01: the parent is not listed ('QN-NOWHERE')"), tree::toString);
    assertTrue(tree.err().contains("b.csv:4: field 'successors': agency QN-D10: the successor is not listed ('QN-GONE')"), tree::toString);
    assertTrue(tree.err().contains("b.csv:5: field 'parent': agency QN-X02: the parent (valid …–30/06/2025) never exists"
        + " at the same time as the agency (valid 01/07/2025–…) ('QN-D10')"), tree::toString);
    assertTrue(tree.err().contains("b.csv:6: field 'statistical_code': agency QN-2: the statistical code is also QN's,"
        + " and both exist at the same time (valid …–… and …–…) ('22')"), tree::toString);
  }

  @Test
  void aDossierReceivedByAnAgencyOutsideItsValidityIsBadInputNamedByLineAndField() {
    Path agencies = Cli.file(dir, "a.csv", HEADER,
        "QN-D10,UBND huyện Cô Tô,DISTRICT,,2025-06-30,,QN-X03,,",
        "QN-X03,UBND đặc khu Cô Tô,COMMUNE,2025-07-01,,,,,");
    Path csv = Cli.file(dir, "d.csv", "id,procedure,agency,channel,received",
        "HS1,1.004227,QN-D10,direct,2025-06-30T16:00",
        "HS2,1.004227,QN-D10,direct,2025-07-01T08:00",
        "HS3,1.004227,QN-X03,online,2025-06-30T08:00");
    Cli.Result r = evaluate(agencies, csv);
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("d.csv:3: MaHoSo 'HS2': field 'agency': the agency QN-D10 did not exist on the day the"
        + " dossier was received (received 2025-07-01): it exists …–30/06/2025 ('QN-D10')"), r::toString);
    assertTrue(r.err().contains("d.csv:4: MaHoSo 'HS3': field 'agency': the agency QN-X03 did not exist on the day the"
        + " dossier was received (received 2025-06-30): it exists 01/07/2025–… ('QN-X03')"), r::toString);
    assertTrue(!r.err().contains("d.csv:2:"), r::toString);
    Path portal = Cli.file(dir, "d.ndjson",
        Fixtures.portal("HS4", "QN-D10", "20250702080000", "20250710170000", null, null));
    Cli.Result p = evaluate(agencies, portal);
    assertEquals(65, p.status(), p::toString);
    assertTrue(p.err().contains("d.ndjson:1: MaHoSo 'HS4': field 'DonViXuLy': the agency QN-D10 did not exist on the day"
        + " the dossier was received (NgayTiepNhan 2025-07-02)"), p::toString);
  }

  @Test
  void aUnitNamedTheSameBeforeAndAfterTheReformIsFoundByTheReceivedDay() {
    Path agencies = Cli.file(dir, "a.csv", HEADER,
        "QN-C09,UBND phường Hạ Long,COMMUNE,,2025-06-30,,QN-X01,,000.20.01.H49",
        "QN-X01,UBND phường Hạ Long,COMMUNE,2025-07-01,,,,,000.20.01.H49");
    Path dossiers = Cli.file(dir, "d.csv", "id,procedure,agency,channel,received,due,finished,returned",
        "HS1,2.000884,UBND phường Hạ Long,direct,2025-06-20T08:00,,,",
        "HS2,2.000884,UBND phường Hạ Long,vneid,2025-07-20T08:00,,,",
        "HS3,2.000884,000.20.01.H49,online,2025-07-21T08:00,,,",
        "HS4,2.000884,000.20.01.H49,direct,2025-06-21T08:00,,,");
    Cli.Result r = evaluate(agencies, dossiers);
    assertEquals(0, r.status(), r::toString);
    Report report = Report.fromJson(r.out());
    assertEquals(List.of(), report.warnings().stream().filter(w -> w.contains("same name")).toList(),
        "two records of one name that never exist at the same time are no duplicate");
    assertEquals("0/2", level4(report, "QN-C09"), "HS1 by name and HS4 by portal code, both in June");
    assertEquals("2/2", level4(report, "QN-X01"), "HS2 by name and HS3 by portal code, both in July");
  }

  private static String level4(Report report, String agency) {
    var v = report.agency(agency).orElseThrow().indicators().stream()
        .filter(i -> i.indicator().equals("online-rate.level4")).findFirst().orElseThrow();
    return v.numerator().getAsLong() + "/" + v.denominator().getAsLong();
  }

  @Test
  void theReaderNamesEveryProblemOfTheTree() {
    Path file = Cli.file(dir, "a.csv", HEADER, "A,UBND xã A,COMMUNE,,,B,,,", "B,UBND xã B,COMMUNE,,,A,,,");
    BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, () -> AgenciesCsv.read(file));
    assertEquals(1, e.problems().size());
    assertEquals(file + ":2: field 'parent': agency A: the agency is its own ancestor: A → B → A ('B')", e.problems().get(0).toString());
  }
}
