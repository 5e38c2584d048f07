package io.github.motcua.kpi.io;

import static io.github.motcua.kpi.io.Inputs.good;
import static io.github.motcua.kpi.io.Inputs.lines;
import static io.github.motcua.kpi.io.Inputs.portal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.FeeLine;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.StatusChange;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The national portal's sync format, NDJSON and JSON array: every fact read, every problem named. */
class PortalReaderTest {
  private final DossierReader reader = Inputs.reader();

  private static String messages(DossierRead<?> read) {
    return read.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  private static void assertProblem(DossierRead<?> read, String expected) {
    assertTrue(messages(read).contains(expected), () -> "expected «" + expected + "» in\n" + messages(read));
  }

  private static void assertConserved(DossierRead<?> read) {
    assertEquals(read.read(), read.accepted() + read.rejected(), read::toString);
  }

  @Test
  void theThreeExampleFilesReadAsTheSameTwelveDossiers() throws Exception {
    List<List<Dossier>> all = new ArrayList<>();
    for (String name : List.of("national-portal-dossiers.json", "national-portal-dossiers.ndjson", "dossiers.csv")) {
      DossierRead<List<Dossier>> read = reader.dossiers(Inputs.example(name));
      assertEquals(List.of(), read.problems(), name);
      assertEquals(12, read.accepted(), name);
      assertEquals(List.of(), read.keysNotRead(), name);
      all.add(read.value());
    }
    for (int i = 0; i < 12; i++) {
      Dossier json = all.get(0).get(i);
      for (List<Dossier> other : all.subList(1, 3)) {
        Dossier d = other.get(i);
        assertEquals(json.id(), d.id());
        assertEquals(json.agencyCode(), d.agencyCode());
        assertEquals(json.receivedAt(), d.receivedAt());
        assertEquals(json.dueAt(), d.dueAt());
        assertEquals(json.finishedAt(), d.finishedAt());
        assertEquals(json.returnedAt(), d.returnedAt());
        assertEquals(json.channel(), d.channel());
        assertEquals(json.paidOnline(), d.paidOnline(), "our CSV says yes/no: yes is the national portal");
        assertEquals(json.feeBearing(), d.feeBearing());
        assertEquals(json.nationalStatus(), d.nationalStatus());
      }
    }
    assertEquals(List.of(FeeLine.of(100_000)), all.get(0).get(0).feeLines(), "Gia read as the fee's amount");
    assertTrue(all.get(0).get(0).unknownFacts().contains(Fact.APOLOGY), "the sync format has no apology");
    assertFalse(all.get(2).get(0).unknownFacts().contains(Fact.APOLOGY), "our CSV has the column");
  }

  @Test
  void everyFactOfTheSyncFormatIsRead() {
    String record = "{\"MaHoSo\":\"HS1\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"Sở Tài nguyên và Môi trường\","
        + "\"DonViGiaiQuyet\":\"QT-D01\",\"KenhThucHien\":2,\"NgayNopHoSo\":\"20230104200000\","
        + "\"NgayTiepNhan\":\"20230105080000\",\"NgayHenTra\":\"20230120170000\",\"NgayTra\":null,"
        + "\"TrangThaiHoSo\":9,\"QuaTrinhXuLy\":[{\"TrangThai\":4,\"ThoiDiemXuLy\":\"20230106080000\"},"
        + "{\"TrangThai\":9,\"ThoiDiemXuLy\":\"20230118100000\",\"NguoiXuLy\":\"Nguyễn Văn A\"}],"
        + "\"DanhSachHoSoBoSung\":[{\"NgayYeuCauBoSung\":\"20230107080000\",\"NgayBoSung\":\"20230109080000\"},"
        + "{\"NgayYeuCauBoSung\":\"20230110080000\"}],"
        + "\"HinhThuc\":1,\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":\"100000\"},{\"Gia\":0}],"
        + "\"DuocThanhToanTrucTuyen\":\"2\",\"HoSoCoThanhPhanSoHoa\":true,"
        + "\"TaiLieuNop\":[{\"TenTepDinhKem\":\"a.pdf\",\"DuocSoHoa\":\"1\",\"DuocLayTuKhoDMQG\":\"0\"},"
        + "{\"DuocSoHoa\":0,\"DuocLayTuKhoDMQG\":1,\"MaCSDL\":\"CSDLQGDC\"}],"
        + "\"DSKetNoiCSDL\":[{\"MaCSDL\":\"CSDLDD\"}],"
        + "\"MaKetQua\":\"KQ-1\",\"DuongDanTepTinKetQua\":\"https://kq.example/1\","
        + "\"TaiKhoanDuocXacThucVoiVNeID\":1,\"TrangThaiDongBoDVC\":\"1\",\"DanhGia\":2}";
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson", lines(record));
    assertEquals(List.of(), read.problems());
    Dossier d = read.value().get(0);
    assertEquals("QT-S03", d.agencyCode(), "found by its name");
    assertEquals(Optional.of("QT-D01"), d.settlingAgencyCode());
    assertEquals(Channel.ONLINE, d.channel());
    assertEquals(Optional.of(LocalDateTime.of(2023, 1, 4, 20, 0)), d.submittedAt());
    assertEquals(LocalDateTime.of(2023, 1, 5, 8, 0), d.receivedAt());
    assertEquals(Optional.empty(), d.finishedAt());
    assertEquals(Optional.of(LocalDateTime.of(2023, 1, 18, 10, 0)), d.endOfProcessing(), "the first terminal status");
    assertEquals(List.of(StatusChange.of(4, LocalDateTime.of(2023, 1, 6, 8, 0)), StatusChange.of(9, LocalDateTime.of(2023, 1, 18, 10, 0))),
        d.statusHistory());
    assertEquals(List.of(SupplementRequest.supplied(LocalDateTime.of(2023, 1, 7, 8, 0), LocalDateTime.of(2023, 1, 9, 8, 0)),
        SupplementRequest.pending(LocalDateTime.of(2023, 1, 10, 8, 0))), d.supplements());
    assertTrue(d.resultByPost());
    assertEquals(List.of(FeeLine.of(100_000), FeeLine.of(0)), d.feeLines());
    assertTrue(d.feeBearing());
    assertEquals(Payment.PROVINCIAL_GATEWAY, d.payment());
    assertTrue(d.digitised());
    assertEquals(List.of(
            DossierComponent.builder().digitised(true).build(),
            DossierComponent.builder().fromPersonalStore(true).databaseCode("CSDLQGDC").build(),
            DossierComponent.builder().databaseCode("CSDLDD").build()),
        d.components());
    assertEquals(Optional.of("KQ-1"), d.resultCode());
    assertTrue(d.hasElectronicResult());
    assertTrue(d.vneidAccount());
    assertTrue(d.synced());
    assertEquals(Optional.of(Rating.DISSATISFIED), d.rating());
    assertEquals(java.util.Set.of(Fact.APOLOGY), d.unknownFacts(), "every other fact is carried");
  }

  @Test
  void theReceivedTimeFallsBackToTheSubmittedOneAndAMissingChannelIsDirectNotStated() {
    String record = "{\"MaHoSo\":\"HS1\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"QT-S03\",\"NgayNopHoSo\":\"20230105080000\"}";
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson", lines(record));
    assertEquals(List.of(), read.problems());
    Dossier d = read.value().get(0);
    assertEquals(LocalDateTime.of(2023, 1, 5, 8, 0), d.receivedAt());
    assertEquals(Channel.DIRECT, d.channel());
    assertFalse(d.channelStated());
    DossierRead<List<Dossier>> neither =
        Inputs.dossiers(reader, "d.ndjson", lines("{\"MaHoSo\":\"HS1\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"QT-S03\"}"));
    assertProblem(neither, "d.ndjson:1: MaHoSo 'HS1': field 'NgayTiepNhan': is missing (and there is no NgayNopHoSo to fall back on)");
  }

  @Test
  void theVneidChannelIsReadAsTheCodeConfigured() {
    String record = good("HS1").replace("\"KenhThucHien\":2", "\"KenhThucHien\":4");
    DossierRead<List<Dossier>> unconfigured = Inputs.dossiers(reader, "d.ndjson", lines(record));
    assertProblem(unconfigured, "field 'KenhThucHien': must be 1 (direct), 2 (online) or 3 (postal) ('4')");
    DossierReader vneid = DossierReader.builder(Inputs.catalogue(), Inputs.agencies()).vneidChannelCode(4).build();
    assertEquals(Channel.VNEID, Inputs.dossiers(vneid, "d.ndjson", lines(record)).value().get(0).channel());
    assertThrows(IllegalArgumentException.class, () -> DossierReader.builder(Inputs.catalogue(), Inputs.agencies()).vneidChannelCode(2));
  }

  @Test
  void aFactIsKnownWhenSomeRecordCarriesItsKeyAndReadsFalseWhereARecordLeavesItOut() {
    io.github.motcua.kpi.tally.ProcedureCatalogue catalogue = Inputs.catalogue();
    DossierReader reader = DossierReader.builder(catalogue, Inputs.agencies()).build();
    Counter vneid = Counter.dossiers("vneid", "VNeID accounts", io.github.motcua.kpi.tally.Where.builder().flag(Fact.VNEID_ACCOUNT, true).build());
    Tallies tallies = Tallies.of(Period.year(2023), Period.year(2023).end(), catalogue).counting(List.of(vneid, Counter.DOSSIERS_READ));
    byte[] none = lines(good("HS1"), good("HS2")).getBytes(StandardCharsets.UTF_8);
    DossierRead<?> unknown = Inputs.tally(reader, "d.ndjson", none, tallies);
    assertTrue(unknown.unknownFacts().contains(Fact.VNEID_ACCOUNT));
    Tally s03 = ((io.github.motcua.kpi.tally.ProvinceTally) unknown.value()).get("QT-S03");
    assertFalse(s03.isReported(vneid), "no record carries TaiKhoanDuocXacThucVoiVNeID: not reported, not 0");
    assertEquals(2, s03.get(Counter.DOSSIERS_READ));

    byte[] one = lines(good("HS1"), good("HS2").replace("}", ",\"TaiKhoanDuocXacThucVoiVNeID\":1}"), good("HS3"))
        .getBytes(StandardCharsets.UTF_8);
    DossierRead<io.github.motcua.kpi.tally.ProvinceTally> known = Inputs.tally(reader, "d.ndjson", one, tallies);
    assertFalse(known.unknownFacts().contains(Fact.VNEID_ACCOUNT));
    assertEquals(1, known.value().get("QT-S03").get(vneid), "HS1 and HS3 leave it out: false");
  }

  @Test
  void aMisspeltKeyIsAProblemNamingTheKeyMeantAndOtherKeysAreListedNotRead() {
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson", lines(
        good("HS1").replace("NgayHenTra", "NgayHenTraa"),
        good("HS2").replace("NgayKetThucXuLy", "NgayKetThucXuLi"),
        good("HS3").replace("\"MaHoSo\"", "\"mahoso\""),
        good("HS4").replace("}", ",\"ChuHoSo\":\"Nguyễn Văn A\",\"SoDienThoai\":\"0912\",\"MaVach\":\"x\","
            + "\"DanhSachLePhi\":[{\"Gia\":1,\"MucPhi\":1}]}")));
    assertProblem(read, "d.ndjson:1: MaHoSo 'HS1': field 'NgayHenTraa': unknown key; did you mean 'NgayHenTra'?");
    assertProblem(read, "d.ndjson:2: MaHoSo 'HS2': field 'NgayKetThucXuLi': unknown key; did you mean 'NgayKetThucXuLy'?");
    assertProblem(read, "d.ndjson:3: field 'mahoso': unknown key; did you mean 'MaHoSo'?");
    assertEquals(1, read.accepted(), "HS4 only");
    assertEquals(List.of("MaVach"), read.keysNotRead(), "keys of the format not read are not listed");
  }

  @Test
  void aKeyGivenTwiceInOneObjectIsAProblem() {
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson", lines(
        good("HS1").replace("}", ",\"NgayHenTra\":\"20230130170000\"}"),
        good("HS2").replace("}", ",\"DanhSachLePhi\":[{\"Gia\":1,\"Gia\":2}]}")));
    assertProblem(read, "d.ndjson:1: MaHoSo 'HS1': field 'NgayHenTra': given twice in one record");
    assertProblem(read, "d.ndjson:2: MaHoSo 'HS2': field 'DanhSachLePhi[1].Gia': given twice in one fee line");
    assertEquals(0, read.accepted());
  }

  @Test
  void valuesOfTheWrongTypeAreNamedNotReadLoosely() {
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson", lines(
        good("HS1").replace("}", ",\"DanhSachLePhi\":0}"),
        good("HS2").replace("}", ",\"DanhSachLePhi\":false}"),
        good("HS3").replace("}", ",\"DanhSachLePhi\":{}}"),
        good("HS4").replace("}", ",\"DanhSachLePhi\":\"x\"}"),
        good("HS5").replace("}", ",\"HinhThuc\":7}"),
        good("HS6").replace("\"MaHoSo\":\"HS6\"", "\"MaHoSo\":{\"a\":1}"),
        good("HS7").replace("}", ",\"DanhSachLePhi\":[5]}"),
        good("HS8").replace("}", ",\"DanhSachLePhi\":[{\"Gia\":-5}]}"),
        good("HS9").replace("}", ",\"HoSoCoThanhPhanSoHoa\":\"yes\"}"),
        good("HS10").replace("}", ",\"TrangThaiHoSo\":1.5}"),
        good("HS11").replace("}", ",\"DanhGia\":[2]}")));
    assertProblem(read, "d.ndjson:1: MaHoSo 'HS1': field 'DanhSachLePhi': must be a list of fee lines ([{\"Gia\": 50000}], [] for no fee), not a number ('0')");
    assertProblem(read, "d.ndjson:2: MaHoSo 'HS2': field 'DanhSachLePhi': must be a list of fee lines");
    assertProblem(read, "d.ndjson:3: MaHoSo 'HS3': field 'DanhSachLePhi': must be a list of fee lines ([{\"Gia\": 50000}], [] for no fee), not an object");
    assertProblem(read, "d.ndjson:4: MaHoSo 'HS4': field 'DanhSachLePhi': must be a list of fee lines");
    assertProblem(read, "d.ndjson:5: MaHoSo 'HS5': field 'HinhThuc': must be 0 (result not by post) or 1 (result returned by post) ('7')");
    assertProblem(read, "d.ndjson:6: field 'MaHoSo': must be the dossier's id as text, not an object ('{…}')");
    assertProblem(read, "d.ndjson:7: MaHoSo 'HS7': field 'DanhSachLePhi': entry 1 must be an object, not a number ('5')");
    assertProblem(read, "d.ndjson:8: MaHoSo 'HS8': field 'DanhSachLePhi[1].Gia': must be the fee in đồng, a whole number 0 or more ('-5')");
    assertProblem(read, "d.ndjson:9: MaHoSo 'HS9': field 'HoSoCoThanhPhanSoHoa': must be 1 or 0 (true or false) ('yes')");
    assertProblem(read, "d.ndjson:10: MaHoSo 'HS10': field 'TrangThaiHoSo'");
    assertProblem(read, "d.ndjson:11: MaHoSo 'HS11': field 'DanhGia'");
    assertEquals(0, read.accepted());
    assertEquals(11, read.rejected());
  }

  @Test
  void anAgencyNameTwoAgenciesShareIsAProblemNotTheFirstOfThem() {
    List<Agency> twins = new ArrayList<>(Inputs.agencies());
    twins.add(Agency.of("QT-S09", "Sở Tài nguyên và Môi trường", Tier.PROVINCIAL));
    DossierReader r = DossierReader.builder(Inputs.catalogue(), twins).build();
    DossierRead<List<Dossier>> read = Inputs.dossiers(r, "d.ndjson", lines(
        portal("HS1", "Sở Tài nguyên và Môi trường", "20230105080000", "20230120170000", null, null),
        portal("HS2", "QT-S09", "20230105080000", "20230120170000", null, null)));
    assertProblem(read, "d.ndjson:1: MaHoSo 'HS1': field 'DonViXuLy': the name of 2 agencies (QT-S03, QT-S09): give the agency's code");
    assertEquals(1, read.accepted(), "a code still finds its agency");
  }

  @Test
  void datesOutsideTheYearsReadAreBadDataNotOverflows() {
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson", lines(
        portal("HS1", "QT-S03", "20230105080000", "99991231170000", null, null),
        portal("HS2", "QT-S03", "00000105080000", "20230120170000", null, null),
        portal("HS3", "QT-S03", "20230105080000", "+999999999-01-01T00:00", null, null),
        portal("HS4", "QT-S03", "20230105080000", "NO_DATE", null, null),
        good("HS5").replace("}", ",\"DanhSachLePhi\":[{\"Gia\":9223372036854775807},{\"Gia\":9223372036854775807}]}")));
    assertProblem(read, "d.ndjson:1: MaHoSo 'HS1': field 'NgayHenTra': is outside the years 1970–2105 that are read ('99991231170000')");
    assertProblem(read, "d.ndjson:2: MaHoSo 'HS2': field 'NgayTiepNhan': is outside the years 1970–2105");
    assertProblem(read, "d.ndjson:3: MaHoSo 'HS3': field 'NgayHenTra': is outside the years 1970–2105");
    assertProblem(read, "d.ndjson:4: MaHoSo 'HS4': field 'NgayHenTra': not a date (yyyyMMddHHmmss, yyyy-MM-dd or yyyy-MM-ddTHH:mm) ('NO_DATE')");
    assertEquals(1, read.accepted(), "two maximal fee lines: a fee, nothing summed");
  }

  @Test
  void valuesBeyondTheLimitsAreBadRecordsNamedByLineAndTheRestIsRead() {
    ReadLimits small = ReadLimits.builder().maxStringLength(2_000).maxRecordBytes(8_192).build();
    DossierReader r = DossierReader.builder(Inputs.catalogue(), Inputs.agencies())
        .options(ReadOptions.builder().limits(small).build()).build();
    String longString = good("HS2").replace("\"MaHoSo\":\"HS2\"", "\"MaHoSo\":\"" + "x".repeat(3_000) + "\"");
    String deep = good("HS3").replace("}", ",\"GhiChu\":" + "[".repeat(40) + "]".repeat(40) + "}");
    String longNumber = good("HS4").replace("}", ",\"GhiChu\":" + "1".repeat(1_000) + "}");
    String longRecord = good("HS5").replace("}", ",\"GhiChu\":[" + "\"0123456789\",".repeat(1_000) + "1]}");
    for (String name : List.of("d.ndjson", "d.json")) {
      List<String> records = List.of(good("HS1"), longString, deep, longNumber, longRecord, good("HS6"));
      String text = name.endsWith(".ndjson") ? lines(records.toArray(String[]::new))
          : "[\n" + String.join(",\n", records) + "\n]\n";
      DossierRead<List<Dossier>> read = Inputs.dossiers(r, name, text);
      assertEquals(2, read.accepted(), messages(read));
      assertEquals(4, read.rejected(), messages(read));
      String at = name.endsWith(".ndjson") ? "d.ndjson:" : "d.json:";
      assertProblem(read, name.endsWith(".ndjson") ? "d.ndjson:2: a text value longer than 2000 characters" : "a text value longer than 2000 characters (record 2)");
      assertProblem(read, "nested deeper than 32 levels");
      assertProblem(read, "a number longer than 40 digits");
      assertProblem(read, name.endsWith(".ndjson") ? "d.ndjson:5: a record longer than 8192 bytes" : "d.json:record 5: a record longer than 8192 bytes");
      assertTrue(messages(read).startsWith(at), messages(read));
    }
    DossierRead<List<Dossier>> defaults = Inputs.dossiers(reader, "d.ndjson",
        lines(good("HS1").replace("\"MaHoSo\":\"HS1\"", "\"MaHoSo\":\"" + "x".repeat(1_000_001) + "\""), good("HS2")));
    assertProblem(defaults, "d.ndjson:1: a text value longer than 1000000 characters");
    assertEquals(1, defaults.accepted());
  }

  @Test
  void malformedNdjsonLinesAreEachNamedAndReadingGoesOn() throws Exception {
    byte[] notUtf8 = "{\"MaHoSo\":\"H\u00e0\"}".getBytes(StandardCharsets.ISO_8859_1);
    String text = lines(good("HS1"), "{not json", "", "[1,2]", good("HS5") + " " + good("HS6"), "{\"MaHoSo\": \"unterminated", good("HS8"))
        + new String(notUtf8, StandardCharsets.ISO_8859_1) + "\n" + good("HS10") + "\n   \n\n";
    DossierRead<List<Dossier>> read = reader.dossiers("d.ndjson",
        DossierReader.Source.of(latin1OrUtf8(text)),
        DossierReader.Format.PORTAL);
    assertProblem(read, "d.ndjson:2: malformed JSON");
    assertProblem(read, "d.ndjson:4: not a JSON object ('[1,2]')");
    assertProblem(read, "d.ndjson:5: a second JSON value on one line");
    assertProblem(read, "d.ndjson:6: malformed JSON");
    assertProblem(read, "d.ndjson:8: not UTF-8 text");
    assertEquals(List.of("HS1", "HS5", "HS8", "HS10"), read.value().stream().map(Dossier::id).toList());
    assertEquals(3, read.blankLines(), "line 3 and the two at the end");
    assertConserved(read);
  }

  /** {@code text} as UTF-8, but its Latin-1 'à' (a byte that is no UTF-8) kept as that byte. */
  private static byte[] latin1OrUtf8(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String part : text.split("(?<=\u00e0)|(?=\u00e0)")) {
      out.writeBytes(part.equals("\u00e0") ? new byte[] {(byte) 0xE0} : part.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aMalformedElementOfAJsonArrayIsNamedAndTheNextOnesAreRead() {
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.json",
        "[\n" + good("HS1") + ",\n{\"MaHoSo\": \"HS2\", oops},\n42,\n" + good("HS4") + "\n" + good("HS5") + ",\n" + good("HS6") + "\n]\n");
    assertProblem(read, "d.json:3: malformed JSON in record 2");
    assertProblem(read, "d.json:record 3: not a JSON object ('42')");
    assertProblem(read, "d.json:record 5: malformed JSON: a ',' is missing before this record");
    assertEquals(List.of("HS1", "HS4", "HS6"), read.value().stream().map(Dossier::id).toList());
    assertConserved(read);
  }

  @Test
  void aJsonArrayThatBreaksAsAnArrayStopsTheRead() {
    for (String[] c : List.of(
        new String[] {"[" + good("HS1") + ",]", "a ',' right before the closing ] (a trailing comma)"},
        new String[] {"[" + good("HS1") + "," + good("HS2"), "the array is not closed after record 2"},
        new String[] {"[" + good("HS1") + "] x", "text after the closing ] of the array"},
        new String[] {"[,", "a ',' with no record before it"},
        new String[] {"[" + good("HS1") + ", {\"MaHoSo\": \"x", "the array is not closed after record 2"})) {
      BadInputException e = assertThrows(BadInputException.class, () -> Inputs.dossiers(reader, "d.json", c[0]));
      assertTrue(e.problems().get(0).toString().contains(c[1]), e.problems().get(0)::toString);
    }
  }

  @Test
  void aLineCutShortIsNamedSoWhateverLineFollows() {
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson",
        lines("{\"MaHoSo\": \"X-01\", \"MaTTHC\": ", good("HS1"), "{\"MaHoSo\": \"X-02\""));
    assertProblem(read, "d.ndjson:1: malformed JSON: the record is cut short (its line ends before its object closes)");
    assertProblem(read, "d.ndjson:3: malformed JSON: the record is cut short");
    assertEquals(1, read.accepted());
    assertEquals(2, read.rejected());
    DossierReader.SyncRecords.Bound one = reader.syncRecords().bind("p", "{\"MaHoSo\": \"X-01\", \"MaTTHC\": ");
    assertEquals("p: malformed JSON: the record is cut short (its line ends before its object closes)"
        + " ('{\"MaHoSo\": \"X-01\", \"MaTTHC\":')", one.problems().get(0).toString());
  }

  @Test
  void everyRecordOfARepeatedIdIsRejectedNoneCounted() {
    DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson",
        lines(good("HS1"), good("HS2"), good("HS1"), good("HS2").replace("QT-S03", "NOPE"), good("HS1"), good("HS3")));
    assertEquals(List.of("HS2", "HS3"), read.value().stream().map(Dossier::id).toList());
    String shared = "field 'MaHoSo': duplicate: another record of this file has the same id; which is right cannot be"
        + " told, so none is counted ('HS1')";
    assertProblem(read, "d.ndjson:1: MaHoSo 'HS1': " + shared);
    assertProblem(read, "d.ndjson:3: MaHoSo 'HS1': " + shared);
    assertProblem(read, "d.ndjson:5: MaHoSo 'HS1': " + shared);
    // HS2 of line 4 is invalid: it shares no id with a valid record, and is named once only.
    assertProblem(read, "d.ndjson:4: MaHoSo 'HS2': field 'DonViXuLy': unknown agency");
    assertEquals(4, read.problems().size(), read.problems()::toString);
    assertEquals(4, read.rejected());
    assertEquals(2, read.accepted());
    assertEquals(6, read.read());
  }

  @Test
  void aRepeatedIdRejectsBothRecordsInEveryOutput() throws Exception {
    String text = lines(good("HS1"), good("HS2"), good("HS1"));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    io.github.motcua.kpi.tally.ProcedureCatalogue catalogue = Inputs.catalogue();
    DossierReader reading = DossierReader.builder(catalogue, Inputs.agencies()).build();
    DossierRead<DossierColumns> columns = Inputs.columns(reading, "d.ndjson", bytes);
    assertEquals(1, columns.value().size());
    assertEquals(2, columns.rejected());
    Tallies tallies = Tallies.of(Period.year(2023), Period.year(2023).end(), catalogue)
        .counting(List.of(Counter.DOSSIERS_READ)).agencies(Inputs.agencies());
    DossierRead<io.github.motcua.kpi.tally.ProvinceTally> tally = Inputs.tally(reading, "d.ndjson", bytes, tallies);
    assertEquals(1, tally.accepted());
    assertEquals(2, tally.problemCount());
  }

  @Test
  void aRepeatedIdStopsAReaderThatStopsAtTheFirst() {
    DossierReader stopping = DossierReader.builder(Inputs.catalogue(), Inputs.agencies())
        .options(ReadOptions.defaults().stoppingAtFirstProblem()).build();
    BadInputException e = assertThrows(BadInputException.class,
        () -> Inputs.dossiers(stopping, "d.ndjson", lines(good("HS1"), good("HS1"))));
    assertTrue(e.problems().get(0).toString().startsWith("d.ndjson:2: MaHoSo 'HS1': field 'MaHoSo': duplicate"),
        e.problems()::toString);
  }

  @Test
  void aReaderStopsAtTheFirstBadRecordWhenToldTo() {
    DossierReader stopping = DossierReader.builder(Inputs.catalogue(), Inputs.agencies())
        .options(ReadOptions.defaults().stoppingAtFirstProblem()).build();
    BadInputException e = assertThrows(BadInputException.class, () -> Inputs.dossiers(stopping, "d.ndjson",
        lines(good("HS1"), good("HS2").replace("1.004227", "9.9"), good("HS3").replace("QT-S03", "NOPE"))));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).toString().startsWith("d.ndjson:2: MaHoSo 'HS2': field 'MaTTHC'"), e.problems()::toString);
  }

  @Test
  void problemsAreHandedOnAsFoundAndTheResultKeepsAsManyAsAsked() {
    List<Problem> seen = new ArrayList<>();
    DossierReader r = DossierReader.builder(Inputs.catalogue(), Inputs.agencies()).keepProblems(2).onProblem(seen::add).build();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      records.add(good("H" + i).replace("QT-S03", "NOPE"));
    }
    DossierRead<List<Dossier>> read = Inputs.dossiers(r, "d.ndjson", lines(records.toArray(String[]::new)));
    assertEquals(2, read.problems().size());
    assertEquals(10, read.problemCount());
    assertEquals(10, seen.size());
    assertEquals(read.problems(), seen.subList(0, 2));
  }

  @Test
  void dueDatesAreDerivedFromTheProcessingTimeWhereAFileHasNone() {
    DossierReader r = DossierReader.builder(Inputs.catalogue(), Inputs.agencies())
        .dueDates((procedure, received, supplements) -> received.plusDays(procedure.processingTime().orElseThrow().amount().longValue()))
        .build();
    String record = "{\"MaHoSo\":\"HS1\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"QT-S03\",\"NgayTiepNhan\":\"20230105080000\"}";
    DossierRead<List<Dossier>> read = Inputs.dossiers(r, "d.ndjson", lines(record));
    Dossier d = read.value().get(0);
    assertEquals(Optional.of(LocalDateTime.of(2023, 2, 4, 8, 0)), d.dueAt(), "30 days in this derivation");
    assertTrue(d.dueDerived());
    assertEquals(1, read.dueDatesDerived());
    assertFalse(read.unknownFacts().contains(Fact.DUE_DATE), "a derived due date is known");
    DossierReader failing = DossierReader.builder(Inputs.catalogue(), Inputs.agencies())
        .dueDates((procedure, received, supplements) -> {
          throw new IllegalArgumentException("the calendar covers 2014 to 2099");
        })
        .build();
    assertProblem(Inputs.dossiers(failing, "d.ndjson", lines(record)),
        "field 'NgayHenTra': no due date given, and none can be derived from the processing time (30 WORKING_DAYS): the calendar covers 2014 to 2099");
  }

  @Test
  void anEmptyOrBlankFileHoldsNoRecords() {
    for (String text : List.of("", "\n\n", "  \n")) {
      DossierRead<List<Dossier>> read = Inputs.dossiers(reader, "d.ndjson", text);
      assertEquals(0, read.read());
      assertEquals(text.chars().filter(c -> c == '\n').count(), read.blankLines(), text);
    }
    assertEquals(0, Inputs.dossiers(reader, "d.json", "[ ]").read());
  }
}
