package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.FeeLine;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.StatusChange;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The dossiers of {@link BenchData#raw} with every fact of the national sync format the readers
 * read, drawn from a seed of their own (so the bulk-tally data stays as it is): the submitted
 * instant, a settling agency for some, supplement requests (the last sometimes pending), a status
 * history for some, fee lines with amounts, the payment code, components (digitised, from the
 * personal store, from a national database), the electronic result, the VNeID account, the sync
 * flag and the applicant's rating. As NDJSON sync records ({@link #ndjson}), and as the {@link
 * Dossier}s the format describes ({@link #dossiers}). A record leaves out a key it has no value for
 * (an exporter that drops nulls and empty lists); every key is in the file, so every fact is known.
 */
public final class SyncData {
  /** The {@code KenhThucHien} code the readers are told is VNeID's. */
  public static final int VNEID = 4;

  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  public final RawDossiers raw;
  final int[] settling;
  final byte[] supplements;
  final boolean[] lastPending;
  final boolean[] history;
  final boolean[] electronic;
  final boolean[] componentDigitised;
  final boolean[] personalStore;
  final boolean[] database;
  final boolean[] vneid;
  final boolean[] synced;
  final byte[] rating;

  private SyncData(RawDossiers raw) {
    int n = raw.size;
    this.raw = raw;
    settling = new int[n];
    supplements = new byte[n];
    lastPending = new boolean[n];
    history = new boolean[n];
    electronic = new boolean[n];
    componentDigitised = new boolean[n];
    personalStore = new boolean[n];
    database = new boolean[n];
    vneid = new boolean[n];
    synced = new boolean[n];
    rating = new byte[n];
  }

  /** {@code n} dossiers of {@link BenchData#raw} with their sync facts, the same for the same {@code n}. */
  public static SyncData of(ProcedureCatalogue catalogue, int n) {
    SyncData s = new SyncData(BenchData.raw(catalogue, n));
    SplittableRandom random = new SplittableRandom(BenchData.SEED * 31 + n);
    for (int i = 0; i < n; i++) {
      s.settling[i] = random.nextInt(20) == 0 ? random.nextInt(BenchData.AGENCIES) : -1;
      s.supplements[i] = (byte) (random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0);
      s.lastPending[i] = s.supplements[i] > 0 && random.nextInt(3) == 0;
      s.history[i] = random.nextInt(10) == 0;
      s.electronic[i] = random.nextInt(5) < 2;
      boolean component = random.nextInt(3) == 0;
      s.componentDigitised[i] = component && random.nextBoolean();
      s.personalStore[i] = component && random.nextInt(4) == 0;
      s.database[i] = component && random.nextInt(4) == 0;
      s.vneid[i] = random.nextInt(5) == 0;
      s.synced[i] = random.nextInt(10) < 7;
      s.rating[i] = (byte) (random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0);
    }
    return s;
  }

  /** The agencies of the data, as a reader is given them. */
  public static List<Agency> agencies() {
    List<Agency> out = new ArrayList<>();
    for (String code : BenchData.agencyCodes()) {
      out.add(Agency.of(code, "Cơ quan " + code, Tier.PROVINCIAL));
    }
    return out;
  }

  private LocalDateTime requested(int i, int k) {
    return BenchData.receivedAt(raw, i).plusHours(4L + 6L * k);
  }

  private Optional<LocalDateTime> supplied(int i, int k) {
    boolean pending = lastPending[i] && k == supplements[i] - 1;
    return pending ? Optional.empty() : Optional.of(requested(i, k).plusHours(1 + i % 48));
  }

  /** The time of the history's terminal status: the finished instant. */
  private LocalDateTime terminal(int i) {
    return BenchData.at(raw.finished[i], 14, i);
  }

  /** The dossiers as sync records, one a line, every key of every fact in every record. */
  public byte[] ndjson(ProcedureCatalogue catalogue) {
    List<String> agencies = BenchData.agencyCodes();
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size * 700);
    StringBuilder s = new StringBuilder(1000);
    for (int i = 0; i < raw.size; i++) {
      s.setLength(0);
      LocalDateTime received = BenchData.receivedAt(raw, i);
      s.append("{\"MaHoSo\":\"000.00.").append(i).append(".H45-200101-0001\"");
      s.append(",\"MaTTHC\":\"").append(catalogue.procedures().get(raw.procedure[i]).code()).append('"');
      s.append(",\"MaLinhVuc\":\"").append(catalogue.fieldIndexOf(raw.procedure[i])).append('"');
      s.append(",\"DonViXuLy\":\"").append(agencies.get(raw.agency[i])).append('"');
      if (settling[i] >= 0) {
        s.append(",\"DonViGiaiQuyet\":\"").append(agencies.get(settling[i])).append('"');
      }
      s.append(",\"KenhThucHien\":").append(raw.channel[i] == 3 ? VNEID : raw.channel[i] + 1);
      s.append(",\"NgayNopHoSo\":\"").append(PORTAL.format(received.minusHours(1))).append('"');
      s.append(",\"NgayTiepNhan\":\"").append(PORTAL.format(received)).append('"');
      time(s, "NgayHenTra", BenchData.at(raw.due[i], 17, 0));
      time(s, "NgayKetThucXuLy", BenchData.at(raw.finished[i], 14, i));
      time(s, "NgayTra", BenchData.at(raw.returned[i], 17, i));
      if (raw.status[i] != 0) {
        s.append(",\"TrangThaiHoSo\":").append(raw.status[i]);
      }
      if (history[i] && raw.finished[i] != RawDossiers.NONE) {
        s.append(",\"QuaTrinhXuLy\":[{\"TrangThai\":4,\"ThoiDiemXuLy\":\"").append(PORTAL.format(received.plusMinutes(30)))
            .append("\"},{\"TrangThai\":9,\"ThoiDiemXuLy\":\"").append(PORTAL.format(terminal(i))).append("\"}]");
      }
      if (supplements[i] > 0) {
        s.append(",\"DanhSachHoSoBoSung\":[");
        for (int k = 0; k < supplements[i]; k++) {
          s.append(k == 0 ? "" : ",").append("{\"NgayYeuCauBoSung\":\"").append(PORTAL.format(requested(i, k))).append('"');
          supplied(i, k).ifPresent(t -> s.append(",\"NgayBoSung\":\"").append(PORTAL.format(t)).append('"'));
          s.append('}');
        }
        s.append(']');
      }
      s.append(",\"HinhThuc\":").append(raw.byPost[i] ? 1 : 0);
      s.append(",\"HoSoCoThanhPhanSoHoa\":").append(raw.digitised[i] ? 1 : 0);
      s.append(",\"DuocThanhToanTrucTuyen\":").append(BenchData.payment(raw, i).code());
      s.append(",\"DanhSachLePhi\":")
          .append(raw.fee[i] ? "[{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":50000}]" : "[]");
      if (componentDigitised[i] || personalStore[i] || database[i]) {
        s.append(",\"TaiLieuNop\":[{\"DuocSoHoa\":").append(componentDigitised[i] ? 1 : 0)
            .append(",\"DuocLayTuKhoDMQG\":").append(personalStore[i] ? 1 : 0);
        if (database[i]) {
          s.append(",\"MaCSDL\":\"CSDLQGDC\"");
        }
        s.append("}]");
      }
      if (electronic[i]) {
        s.append(",\"MaKetQua\":\"KQ-").append(i).append("\",\"DuongDanTepTinKetQua\":\"https://kq.example/").append(i).append('"');
      }
      s.append(",\"TaiKhoanDuocXacThucVoiVNeID\":").append(vneid[i] ? 1 : 0);
      s.append(",\"TrangThaiDongBoDVC\":").append(synced[i] ? 1 : 0);
      if (rating[i] != 0) {
        s.append(",\"DanhGia\":").append(rating[i]);
      }
      s.append("}\n");
      out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static void time(StringBuilder s, String key, LocalDateTime t) {
    if (t != null) {
      s.append(",\"").append(key).append("\":\"").append(PORTAL.format(t)).append('"');
    }
  }

  /**
   * The dossiers as the sync format describes them: the procedure's level (the format carries
   * none), no apology (unknown: the format has no such field), every other fact as written.
   */
  public List<Dossier> dossiers(ProcedureCatalogue catalogue) {
    List<String> agencies = BenchData.agencyCodes();
    List<Dossier> out = new ArrayList<>(raw.size);
    for (int i = 0; i < raw.size; i++) {
      LocalDateTime received = BenchData.receivedAt(raw, i);
      Dossier.Builder b =
          Dossier.builder()
              .id("000.00." + i + ".H45-200101-0001")
              .procedureCode(catalogue.procedures().get(raw.procedure[i]).code())
              .agencyCode(agencies.get(raw.agency[i]))
              .level(catalogue.procedures().get(raw.procedure[i]).level())
              .channel(Channel.values()[raw.channel[i]])
              .submittedAt(received.minusHours(1))
              .receivedAt(received)
              .dueAt(Optional.ofNullable(BenchData.at(raw.due[i], 17, 0)))
              .finishedAt(Optional.ofNullable(BenchData.at(raw.finished[i], 14, i)))
              .returnedAt(Optional.ofNullable(BenchData.at(raw.returned[i], 17, i)))
              .nationalStatus(raw.status[i] == 0 ? OptionalInt.empty() : OptionalInt.of(raw.status[i]))
              .resultByPost(raw.byPost[i])
              .feeLines(raw.fee[i] ? List.of(FeeLine.of(50_000)) : List.of())
              .payment(BenchData.payment(raw, i))
              .digitised(raw.digitised[i])
              .vneidAccount(vneid[i])
              .synced(synced[i])
              .rating(rating[i] == 1 ? Optional.of(Rating.SATISFIED) : rating[i] == 2 ? Optional.of(Rating.DISSATISFIED) : Optional.empty())
              .unknownFacts(Set.of(Fact.APOLOGY));
      if (settling[i] >= 0) {
        b.settlingAgencyCode(agencies.get(settling[i]));
      }
      if (history[i] && raw.finished[i] != RawDossiers.NONE) {
        b.addStatusHistory(StatusChange.of(4, received.plusMinutes(30)), StatusChange.of(9, terminal(i)));
      }
      for (int k = 0; k < supplements[i]; k++) {
        LocalDateTime asked = requested(i, k);
        b.addSupplements(supplied(i, k).map(t -> SupplementRequest.supplied(asked, t)).orElseGet(() -> SupplementRequest.pending(asked)));
      }
      if (componentDigitised[i] || personalStore[i] || database[i]) {
        b.addComponents(DossierComponent.builder().digitised(componentDigitised[i]).fromPersonalStore(personalStore[i])
            .databaseCode(database[i] ? Optional.of("CSDLQGDC") : Optional.empty()).build());
      }
      if (electronic[i]) {
        b.resultCode("KQ-" + i).resultLink("https://kq.example/" + i);
      }
      out.add(b.build());
    }
    return out;
  }
}
