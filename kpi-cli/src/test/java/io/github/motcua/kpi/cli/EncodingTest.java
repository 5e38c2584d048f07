package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as real systems write them: a UTF-8 byte order mark, CRLF, quoted commas, Vietnamese. */
class EncodingTest {
  @TempDir Path dir;

  private Path bomCrlf(String name, String... lines) throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    return Files.write(dir.resolve(name), all);
  }

  @Test
  void talliesWithBomCrlfQuotedCommaAndVietnameseReadAsWritten() throws Exception {
    Path tallies = bomCrlf("t.csv",
        "agency,name,tier,level3_online,level3_total,level4_online,level4_total",
        "QT-D03,\"UBND huyện Gio Linh, tỉnh Quảng Trị\",DISTRICT,3,26,0,0",
        "QT-D01,UBND huyện Hải Lăng,DISTRICT,29,45,0,0");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    Report report = Report.fromJson(r.out());
    AgencyReport gioLinh = report.agency("QT-D03").orElseThrow();
    assertEquals("UBND huyện Gio Linh, tỉnh Quảng Trị", gioLinh.name());
    assertEquals("0.58", gioLinh.points().orElseThrow().toPlainString());
    assertEquals("UBND huyện Hải Lăng", report.agency("QT-D01").orElseThrow().name());
  }

  @Test
  void lineNumbersCountPhysicalLinesWithCrlfAndAQuotedLineBreak() throws Exception {
    Path tallies = bomCrlf("t.csv",
        "agency,name,tier,level3_online,level3_total",
        "QT-D01,\"UBND huyện\r\nHải Lăng\",DISTRICT,29,45",
        "QT-D02,Đakrông,DISTRICT,5,x");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString());
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("t.csv:4: field 'level3_total': not a whole number ('x')"), r::toString);
  }

  @Test
  void dossierAgencyMatchedByAVietnameseNameWithACommaAndOutputIsUtf8() throws Exception {
    Path agencies = bomCrlf("agencies.csv", "agency,name,tier", "QT-S07,\"Sở Xây dựng, tỉnh Quảng Trị\",PROVINCIAL");
    Path procedures = bomCrlf("procedures.csv", "code,name,field,level,fee", "1.001009,Cấp giấy phép xây dựng,Hoạt động xây dựng,4,1");
    Path dossiers = bomCrlf("d.ndjson",
        "{\"MaHoSo\":\"HS1\",\"MaTTHC\":\"1.001009\",\"DonViXuLy\":\"Sở Xây dựng, tỉnh Quảng Trị\",\"KenhThucHien\":2,"
            + "\"NgayTiepNhan\":\"20230201080000\",\"NgayHenTra\":\"20230221170000\",\"NgayKetThucXuLy\":\"20230215100000\","
            + "\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\"}],\"DuocThanhToanTrucTuyen\":1}");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", procedures.toString(), "--agencies", agencies.toString());
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("Sở Xây dựng, tỉnh Quảng Trị"), r::toString);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+qt2023\\.online-payment\\s+1\\s+1\\s+100,00\\s.*")), r::toString);
  }

  @Test
  void aFileThatIsNotUtf8IsBadDataNamingTheLine() throws Exception {
    // 'à' in ISO-8859-1 is the byte 0xE0, which starts no valid UTF-8 sequence here
    Path tallies = Files.write(dir.resolve("t.csv"),
        "agency,name,tier,level3_online,level3_total\nQT-D05,UBND Thành phố Đông Hà,DISTRICT,1,241\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result csv = Cli.real().run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString());
    assertEquals(65, csv.status(), csv::toString);
    assertTrue(csv.err().contains("t.csv:2: field 'name': not UTF-8 text") && csv.err().contains("save the file as UTF-8"), csv::toString);

    Path agencies = Cli.file(dir, "agencies.csv", "agency,name,tier", "QT-S03,Sở Tài nguyên và Môi trường,PROVINCIAL");
    Path procedures = Cli.file(dir, "procedures.csv", "code,name,field,level", "1.004227,Đăng ký đất đai,Đất đai,3");
    Path dossiers = Files.write(dir.resolve("d.ndjson"),
        ("{\"MaHoSo\":\"HS1\"}\n{\"MaHoSo\":\"Hà\"}\n").getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result portal = Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", procedures.toString(), "--agencies", agencies.toString());
    assertEquals(65, portal.status(), portal::toString);
    assertTrue(portal.err().contains("d.ndjson:2: not UTF-8 text"), portal::toString);
    assertTrue(portal.err().contains("d.ndjson:1: MaHoSo 'HS1': field 'MaTTHC': is missing"), "the other lines are still read: " + portal);
  }
}
