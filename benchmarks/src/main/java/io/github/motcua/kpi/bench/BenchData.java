package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded data every benchmark and the equality test use: 100 agencies, 2,000 procedures in 60
 * fields at levels 2, 3 and 4, and dossiers received from mid-November 2019 to the end of March
 * 2020, tallied over the first quarter of 2020 as of 25 March: direct, online and postal dossiers,
 * finished early, on time or late, open within or past their deadline, with and without due
 * dates, fees paid online or not, digitised components, apologies, results by post, and a few
 * not accepted or withdrawn.
 */
public final class BenchData {
  public static final long SEED = 20260421L;
  public static final int AGENCIES = 100;
  public static final int PROCEDURES = 2_000;
  public static final int FIELDS = 60;
  public static final Period PERIOD = Period.quarter(2020, 1);
  public static final LocalDate AS_OF = LocalDate.of(2020, 3, 25);
  private static final int FIRST_DAY = (int) LocalDate.of(2019, 11, 15).toEpochDay();
  private static final int DAYS = (int) (LocalDate.of(2020, 3, 31).toEpochDay() - FIRST_DAY + 1);

  private BenchData() {}

  /** The catalogue: 2,000 procedures, a third of each level, some fee-bearing, on the portal, approved. */
  public static ProcedureCatalogue catalogue() {
    SplittableRandom random = new SplittableRandom(SEED);
    ProcedureCatalogue.Builder b = ProcedureCatalogue.builder();
    for (int p = 0; p < PROCEDURES; p++) {
      int roll = random.nextInt(10);
      ServiceLevel level = roll < 3 ? ServiceLevel.AT_MOST_2 : roll < 7 ? ServiceLevel.LEVEL_3 : ServiceLevel.LEVEL_4;
      b.add(
          Procedure.builder()
              .code(String.format("1.%06d", p))
              .name("Thủ tục " + p)
              .field("Lĩnh vực " + random.nextInt(FIELDS))
              .level(level)
              .feeBearing(random.nextInt(3) == 0)
              .onNationalPortal(random.nextBoolean())
              .onApprovedList(random.nextInt(4) != 0)
              .build());
    }
    return b.build();
  }

  /** The agency codes, {@code QT-000} to {@code QT-099}. */
  public static List<String> agencyCodes() {
    List<String> out = new ArrayList<>(AGENCIES);
    for (int a = 0; a < AGENCIES; a++) {
      out.add(String.format("QT-%03d", a));
    }
    return out;
  }

  /** {@code n} dossiers as plain arrays, the same for the same {@code n}. */
  public static RawDossiers raw(ProcedureCatalogue catalogue, int n) {
    SplittableRandom random = new SplittableRandom(SEED + n);
    RawDossiers r = new RawDossiers(n);
    for (int i = 0; i < n; i++) {
      int p = random.nextInt(PROCEDURES);
      Procedure procedure = catalogue.procedures().get(p);
      r.agency[i] = random.nextInt(AGENCIES);
      r.procedure[i] = p;
      r.level[i] = (byte) (random.nextInt(10) == 0 ? 2 + random.nextInt(3) : procedure.level().number());
      int c = random.nextInt(100);
      r.channel[i] = (byte) (c < 55 ? 0 : c < 92 ? 1 : c < 96 ? 2 : 3);
      int received = FIRST_DAY + random.nextInt(DAYS);
      r.received[i] = received;
      r.due[i] = random.nextInt(20) == 0 ? RawDossiers.NONE : received + 1 + random.nextInt(20);
      // Four in five finish, most within their deadline, some late; some are still open.
      int finished = RawDossiers.NONE;
      if (random.nextInt(5) != 0) {
        int allowed = r.due[i] == RawDossiers.NONE ? 15 : r.due[i] - received;
        finished = received + (random.nextInt(6) == 0 ? allowed + 1 + random.nextInt(10) : random.nextInt(allowed + 1));
      }
      r.finished[i] = finished;
      r.returned[i] = finished != RawDossiers.NONE && random.nextInt(10) < 8 ? finished + random.nextInt(4) : RawDossiers.NONE;
      int s = random.nextInt(100);
      r.status[i] = (byte) (s < 2 ? 3 : s < 3 ? 7 : finished != RawDossiers.NONE ? 9 + random.nextInt(2) : s < 50 ? 0 : 4);
      r.byPost[i] = random.nextInt(12) == 0;
      r.fee[i] = procedure.feeBearing() && random.nextInt(10) != 0;
      r.paid[i] = r.fee[i] && random.nextBoolean();
      r.digitised[i] = random.nextInt(5) < 2;
      r.apology[i] = random.nextInt(3) == 0;
    }
    return r;
  }

  /** The library's columnar batch of the same dossiers (the same times as {@link #dossiers}). */
  public static DossierColumns columns(ProcedureCatalogue catalogue, RawDossiers r) {
    DossierColumns.Builder b = DossierColumns.builder(catalogue, agencyCodes(), r.size);
    for (int i = 0; i < r.size; i++) {
      b.add(
          b.row()
              .agency(r.agency[i])
              .procedure(r.procedure[i])
              .level(ServiceLevel.of(r.level[i]))
              .channel(Channel.values()[r.channel[i]])
              .receivedAt(DossierColumns.seconds(receivedAt(r, i)))
              .dueAt(seconds(at(r.due[i], 17, 0)))
              .finishedAt(seconds(at(r.finished[i], 14, i)))
              .returnedAt(seconds(at(r.returned[i], 17, i)))
              .nationalStatus(r.status[i])
              .resultByPost(r.byPost[i])
              .fee(r.fee[i], payment(r, i))
              .digitised(r.digitised[i])
              .apology(r.apology[i]));
    }
    return b.build();
  }

  /** Paid online: on the national portal (code 1) or a provincial gateway (2), alternately. */
  static Payment payment(RawDossiers r, int i) {
    return !r.paid[i] ? Payment.NONE : i % 2 == 0 ? Payment.NATIONAL_PORTAL : Payment.PROVINCIAL_GATEWAY;
  }

  private static long seconds(LocalDateTime t) {
    return t == null ? DossierColumns.NO_TIME : DossierColumns.seconds(t);
  }

  /** Received 08:00-10:59, due 17:00, finished 14:00-15:59, returned 17:00-18:59. */
  static LocalDateTime receivedAt(RawDossiers r, int i) {
    return LocalDate.ofEpochDay(r.received[i]).atTime(8 + i % 3, i % 60);
  }

  static LocalDateTime at(int day, int hour, int i) {
    return day == RawDossiers.NONE ? null : LocalDate.ofEpochDay(day).atTime(hour + i % 2, (i * 7) % 60);
  }

  /** The same dossiers as objects (every time a distinct object, as parsed input would be). */
  public static List<Dossier> dossiers(ProcedureCatalogue catalogue, RawDossiers r) {
    List<String> agencies = agencyCodes();
    List<Dossier> out = new ArrayList<>(r.size);
    for (int i = 0; i < r.size; i++) {
      out.add(
          Dossier.builder()
              .id("HS" + i)
              .procedureCode(catalogue.procedures().get(r.procedure[i]).code())
              .agencyCode(agencies.get(r.agency[i]))
              .level(ServiceLevel.of(r.level[i]))
              .channel(Channel.values()[r.channel[i]])
              .receivedAt(receivedAt(r, i))
              .dueAt(java.util.Optional.ofNullable(at(r.due[i], 17, 0)))
              .finishedAt(java.util.Optional.ofNullable(at(r.finished[i], 14, i)))
              .returnedAt(java.util.Optional.ofNullable(at(r.returned[i], 17, i)))
              .nationalStatus(r.status[i] == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(r.status[i]))
              .resultByPost(r.byPost[i])
              .feeBearing(r.fee[i])
              .payment(payment(r, i))
              .digitised(r.digitised[i])
              .apologyIssued(r.apology[i])
              .build());
    }
    return out;
  }

  /**
   * The same dossiers as national-portal sync records, one per line. The sync format carries no
   * level and no apology: read back, the level is the procedure's and no apology is issued.
   */
  public static byte[] ndjson(ProcedureCatalogue catalogue, RawDossiers r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(r.size * 300);
    ndjson(catalogue, r, out);
    return out.toByteArray();
  }

  /** As {@link #ndjson(ProcedureCatalogue, RawDossiers)}, written to {@code out} (for files above 2 GB). */
  public static void ndjson(ProcedureCatalogue catalogue, RawDossiers r, java.io.OutputStream out) {
    List<String> agencies = agencyCodes();
    StringBuilder s = new StringBuilder(400);
    java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    try {
      for (int i = 0; i < r.size; i++) {
        s.setLength(0);
        s.append("{\"MaHoSo\":\"000.00.").append(i).append(".H45-200101-0001\"");
        s.append(",\"MaTTHC\":\"").append(catalogue.procedures().get(r.procedure[i]).code()).append('"');
        s.append(",\"MaLinhVuc\":\"").append(catalogue.fieldIndexOf(r.procedure[i])).append('"');
        s.append(",\"DonViXuLy\":\"").append(agencies.get(r.agency[i])).append('"');
        // The sync format has no code for VNeID yet: such dossiers are sent as online.
        s.append(",\"KenhThucHien\":").append(r.channel[i] == 3 ? 2 : r.channel[i] + 1);
        s.append(",\"NgayTiepNhan\":\"").append(f.format(receivedAt(r, i))).append('"');
        s.append(",\"NgayHenTra\":").append(time(f, at(r.due[i], 17, 0)));
        s.append(",\"NgayKetThucXuLy\":").append(time(f, at(r.finished[i], 14, i)));
        s.append(",\"NgayTra\":").append(time(f, at(r.returned[i], 17, i)));
        if (r.status[i] != 0) {
          s.append(",\"TrangThaiHoSo\":").append(r.status[i]);
        }
        s.append(",\"HinhThuc\":").append(r.byPost[i] ? 1 : 0);
        s.append(",\"HoSoCoThanhPhanSoHoa\":").append(r.digitised[i] ? 1 : 0);
        s.append(",\"DuocThanhToanTrucTuyen\":").append(payment(r, i).code());
        s.append(",\"DanhSachLePhi\":")
            .append(r.fee[i] ? "[{\"TenPhiLePhi\":\"Lệ phí\",\"MucPhi\":50000}]" : "[]");
        s.append("}\n");
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String time(java.time.format.DateTimeFormatter f, LocalDateTime t) {
    return t == null ? "null" : "\"" + f.format(t) + "\"";
  }
}
