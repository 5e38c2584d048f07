package io.github.motcua.kpi.tally;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import java.util.EnumSet;
import io.github.motcua.kpi.model.ImmutableDossier;
import io.github.motcua.kpi.model.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalNdjsonColumnsTest {
  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** The sync record of a dossier, written with a formatter (the reader does without one). */
  private static String line(Dossier d, Random random) {
    StringBuilder s = new StringBuilder("{");
    s.append("\"MaHoSo\":\"").append(d.id()).append("\",");
    s.append("\"MaTTHC\":\"").append(d.procedureCode()).append("\",");
    s.append("\"MaLinhVuc\":\"ignored\",");
    s.append("\"DonViXuLy\":\"").append(d.agencyCode()).append("\",");
    int channel = d.channel().nationalCode().orElseThrow();
    s.append("\"KenhThucHien\":").append(random.nextBoolean() ? channel : "\"" + channel + "\"").append(',');
    s.append("\"NgayTiepNhan\":\"").append(PORTAL.format(d.receivedAt())).append("\",");
    s.append("\"NgayHenTra\":").append(time(d.dueAt(), random)).append(',');
    s.append("\"NgayKetThucXuLy\":").append(time(d.finishedAt(), random)).append(',');
    s.append("\"NgayTra\":").append(time(d.returnedAt(), random)).append(',');
    if (d.nationalStatus().isPresent()) {
      s.append("\"TrangThaiHoSo\":").append(d.nationalStatus().getAsInt()).append(',');
    }
    s.append("\"HinhThuc\":").append(d.resultByPost() ? 1 : 0).append(',');
    s.append("\"HoSoCoThanhPhanSoHoa\":").append(d.digitised() ? (random.nextBoolean() ? "true" : "1") : "false").append(',');
    s.append("\"DuocThanhToanTrucTuyen\":").append(d.payment().code()).append(',');
    s.append("\"DanhSachLePhi\":")
        .append(d.feeBearing() ? "[{\"MaPhiLePhi\":\"x\",\"SoTien\":[1,2]}]" : random.nextBoolean() ? "[]" : "null");
    return s.append("}").toString();
  }

  private static String time(Optional<LocalDateTime> t, Random random) {
    return t.map(v -> "\"" + PORTAL.format(v) + "\"").orElse(random.nextBoolean() ? "null" : "\"\"");
  }

  @Test
  void importedColumnsTallyLikeTheDossiersTheyDescribe() throws IOException {
    RandomDossiers generator = new RandomDossiers(77);
    ProcedureCatalogue catalogue = generator.catalogue(120, 6, true);
    // The sync format carries no level (the procedure's is taken) and no apology; this reader
    // reads none of the newer facts, which are unknown for its batches.
    List<Dossier> dossiers =
        generator.dossiers(catalogue, 8, 5_000).stream()
            .map(
                d ->
                    (Dossier)
                        ImmutableDossier.builder()
                            .from(d)
                            .level(catalogue.find(d.procedureCode()).orElseThrow().level())
                            .channel(d.channel() == Channel.VNEID ? Channel.ONLINE : d.channel())
                            .channelStated(true)
                            .settlingAgencyCode(Optional.empty())
                            .apologyIssued(false)
                            .vneidAccount(false)
                            .synced(false)
                            .resultCode(Optional.empty())
                            .components(List.of())
                            .rating(Optional.empty())
                            .supplements(List.of())
                            .unknownFacts(
                                EnumSet.of(
                                    Fact.APOLOGY, Fact.ELECTRONIC_RESULT, Fact.COMPONENT_DIGITISED,
                                    Fact.PERSONAL_STORE, Fact.NATIONAL_DATABASE, Fact.VNEID_ACCOUNT,
                                    Fact.SYNCED, Fact.RATING, Fact.SUPPLEMENTS))
                            .build())
            .collect(Collectors.toList());
    Random random = new Random(1);
    String ndjson = dossiers.stream().map(d -> line(d, random)).collect(Collectors.joining("\n", "", "\n"));

    DossierColumns fromBytes = PortalNdjsonColumns.read(ndjson.getBytes(UTF_8), "test.ndjson", catalogue);
    DossierColumns fromStream =
        PortalNdjsonColumns.read(new ByteArrayInputStream(ndjson.getBytes(UTF_8)), "test.ndjson", catalogue);
    assertEquals(dossiers.size(), fromBytes.size());
    for (Period period : List.of(Period.quarter(2020, 1), Period.year(2020), Period.month(2019, 11))) {
      LocalDate asOf = period.end().minusDays(10);
      ProvinceTally expected = Tallies.of(period, asOf, catalogue).dossiers(dossiers);
      assertEquals(expected, fromBytes.tally(period, asOf));
      assertEquals(expected, fromStream.tally(period, asOf));
    }
  }

  private static final String GOOD =
      "{\"MaHoSo\":\"H1\",\"MaTTHC\":\"P1\",\"DonViXuLy\":\"A\",\"KenhThucHien\":2,"
          + "\"NgayTiepNhan\":\"20200210083000\"}";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"NgayHenTra\":\"2020-02-20\"|test.ndjson:2, NgayHenTra: expected a valid yyyyMMddHHmmss, got '2020-02-20'",
        "\"NgayHenTra\":\"20200230170000\"|test.ndjson:2, NgayHenTra: expected a valid yyyyMMddHHmmss, got '20200230170000'",
        "\"NgayKetThucXuLy\":\"20200210082959\"|test.ndjson:2, NgayKetThucXuLy: 2020-02-10T08:29:59 is before NgayTiepNhan 2020-02-10T08:30",
        "\"KenhThucHien\":4|test.ndjson:2, KenhThucHien: must be 1 (direct), 2 (online) or 3 (postal), got 4",
        "\"TrangThaiHoSo\":11|test.ndjson:2, TrangThaiHoSo: national status must be 1 to 10, got 11",
        "\"DanhSachLePhi\":[],\"DuocThanhToanTrucTuyen\":1|test.ndjson:2, DuocThanhToanTrucTuyen: paid online (1) but DanhSachLePhi lists no fee",
        "\"MaTTHC\":\"NOPE\"|test.ndjson:2, MaTTHC: unknown procedure 'NOPE' (not in the catalogue)",
        "\"HoSoCoThanhPhanSoHoa\":\"yes\"|test.ndjson:2, HoSoCoThanhPhanSoHoa: expected a whole number, got 'yes'",
        "\"DanhSachLePhi\":5|test.ndjson:2, DanhSachLePhi: expected a list of fees, got VALUE_NUMBER_INT",
      })
  void badRecordsAreRejectedNamingLineAndField(String override, String message) {
    String bad = GOOD.substring(0, GOOD.length() - 1) + "," + override + "}";
    String ndjson = GOOD + "\n" + bad + "\n" + GOOD + "\n";
    ProcedureCatalogue catalogue = new RandomDossiers(1).catalogue(5, 2, false);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PortalNdjsonColumns.read(ndjson.getBytes(UTF_8), "test.ndjson", catalogue));
    assertEquals(message, e.getMessage());
  }

  @Test
  void missingRequiredFieldsAndMalformedJsonNameTheLine() {
    ProcedureCatalogue catalogue = new RandomDossiers(1).catalogue(5, 2, false);
    String noReceived = GOOD.replace(",\"NgayTiepNhan\":\"20200210083000\"", "");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PortalNdjsonColumns.read((GOOD + "\n\n" + noReceived).getBytes(UTF_8), "f", catalogue));
    assertEquals("f:3: missing NgayTiepNhan (received time)", e.getMessage());
    IllegalArgumentException malformed =
        assertThrows(
            IllegalArgumentException.class,
            () -> PortalNdjsonColumns.read((GOOD + "\n{\"MaHoSo\":").getBytes(UTF_8), "f", catalogue));
    assertEquals(true, malformed.getMessage().startsWith("f:2: malformed JSON"), malformed.getMessage());
  }

  @Test
  void timestampsGiveTheEpochDayOfEveryDateFrom1900To2100() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
      char[] text = (PORTAL.format(d.atTime(23, 59, 58))).toCharArray();
      long seconds = Timestamps.parse(text, 0, text.length);
      assertEquals(d.atTime(23, 59, 58).toEpochSecond(java.time.ZoneOffset.UTC), seconds, d::toString);
    }
    char[] feb29 = "20190229000000".toCharArray();
    assertEquals(Timestamps.INVALID, Timestamps.parse(feb29, 0, 14));
  }

  @Test
  void aRecordWithoutAFeeListTakesItsProceduresFeeAndAnEmptyListMeansNoFee() throws IOException {
    String common = "\"DonViXuLy\":\"A1\",\"KenhThucHien\":2,\"NgayTiepNhan\":\"20200105080000\"";
    String ndjson =
        "{\"MaHoSo\":\"1\",\"MaTTHC\":\"P1\"," + common + "}\n"                          // P1 carries a fee
            + "{\"MaHoSo\":\"2\",\"MaTTHC\":\"P1\"," + common + ",\"DanhSachLePhi\":[]}\n"  // listed: none
            + "{\"MaHoSo\":\"3\",\"MaTTHC\":\"P3\"," + common + "}\n";                     // P3 carries none
    DossierColumns columns =
        PortalNdjsonColumns.read(ndjson.getBytes(UTF_8), "fees.ndjson", SmallProvince.CATALOGUE);
    Tally a1 = columns.tally(Period.quarter(2020, 1), LocalDate.of(2020, 3, 31)).get("A1");
    assertEquals(3, a1.get(Counter.RECEIVED_TOTAL));
    assertEquals(1, a1.get(Counter.FEE_TOTAL));
  }
}
