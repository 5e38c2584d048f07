package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.StatusChange;
import io.github.motcua.kpi.model.SupplementRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Dossiers written as the national portal's sync records by hand (a formatter, string building),
 * every fact the reader reads, in one of several equivalent spellings: codes as numbers or strings,
 * flags as numbers, strings or booleans, missing values as null or left out.
 */
final class SyncRecords {
  /** The KenhThucHien code the tests configure for VNeID. */
  static final int VNEID = 4;

  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private SyncRecords() {}

  /** The record of {@code d} on one line; {@code variant} picks among equivalent spellings. */
  static String of(Dossier d, int variant) {
    boolean alt = (variant & 1) != 0;
    StringBuilder s = new StringBuilder("{");
    s.append("\"MaHoSo\":\"").append(d.id()).append('"');
    s.append(",\"MaTTHC\":\"").append(d.procedureCode()).append('"');
    s.append(",\"MaLinhVuc\":\"ignored\"");
    s.append(",\"DonViXuLy\":\"").append(d.agencyCode()).append('"');
    d.settlingAgencyCode().ifPresent(a -> s.append(",\"DonViGiaiQuyet\":\"").append(a).append('"'));
    if (d.channelStated()) {
      int code = d.channel() == Channel.VNEID ? VNEID : d.channel().nationalCode().getAsInt();
      s.append(",\"KenhThucHien\":").append(alt ? "\"" + code + "\"" : Integer.toString(code));
    } else if ((variant & 2) != 0) {
      s.append(",\"KenhThucHien\":null");
    }
    d.submittedAt().ifPresent(t -> s.append(",\"NgayNopHoSo\":\"").append(PORTAL.format(t)).append('"'));
    s.append(",\"NgayTiepNhan\":\"").append(PORTAL.format(d.receivedAt())).append('"');
    s.append(",\"NgayHenTra\":").append(time(d.dueAt(), variant));
    s.append(",\"NgayKetThucXuLy\":").append(time(d.finishedAt(), variant));
    s.append(",\"NgayTra\":").append(time(d.returnedAt(), variant));
    s.append(",\"TrangThaiHoSo\":").append(d.nationalStatus().isPresent() ? Integer.toString(d.nationalStatus().getAsInt()) : "null");
    if (!d.statusHistory().isEmpty()) {
      s.append(",\"QuaTrinhXuLy\":[");
      for (int i = 0; i < d.statusHistory().size(); i++) {
        StatusChange c = d.statusHistory().get(i);
        s.append(i == 0 ? "" : ",").append("{\"NguoiXuLy\":\"x\",\"TrangThai\":").append(c.status())
            .append(",\"ThoiDiemXuLy\":\"").append(PORTAL.format(c.at())).append("\"}");
      }
      s.append(']');
    }
    s.append(",\"HinhThuc\":").append(d.resultByPost() ? 1 : 0);
    s.append(",\"HoSoCoThanhPhanSoHoa\":").append(flag(d.digitised(), variant));
    s.append(",\"DuocThanhToanTrucTuyen\":").append(d.payment().code());
    s.append(",\"DanhSachLePhi\":")
        .append(d.feeBearing() ? "[{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":50000},{\"Gia\":0}]" : alt ? "[{\"Gia\":0}]" : "[]");
    s.append(",\"TaiKhoanDuocXacThucVoiVNeID\":").append(flag(d.vneidAccount(), variant + 1));
    s.append(",\"TrangThaiDongBoDVC\":").append(flag(d.synced(), variant + 2));
    s.append(",\"DanhGia\":").append(d.rating().map(r -> r == Rating.SATISFIED ? "1" : "2").orElse(alt ? "null" : "0"));
    if (d.resultCode().isEmpty() || d.resultLink().isEmpty()) {
      s.append(alt ? ",\"DanhSachGiayToKetQua\":[]" : ",\"MaKetQua\":null");
    } else {
      if (alt) {
        s.append(",\"DanhSachGiayToKetQua\":[{\"TenGiayTo\":\"Giấy chứng nhận\",\"MaGiayToKetQua\":\"").append(d.resultCode().get())
            .append("\",\"DuongDanTepTinKetQua\":\"").append(d.resultLink().get()).append("\"}]");
      } else {
        s.append(",\"MaKetQua\":\"").append(d.resultCode().get()).append('"');
        s.append(",\"DuongDanTepTinKetQua\":\"").append(d.resultLink().get()).append('"');
      }
    }
    s.append(",\"TaiLieuNop\":[");
    for (int i = 0; i < d.components().size(); i++) {
      DossierComponent c = d.components().get(i);
      s.append(i == 0 ? "" : ",").append("{\"TenTepDinhKem\":\"a.pdf\",\"DuocSoHoa\":").append(flag(c.digitised(), variant))
          .append(",\"DuocLayTuKhoDMQG\":").append(flag(c.fromPersonalStore(), variant + 1));
      c.databaseCode().ifPresent(code -> s.append(",\"MaCSDL\":\"").append(code).append('"'));
      s.append('}');
    }
    s.append(']');
    s.append(",\"DanhSachHoSoBoSung\":[");
    for (int i = 0; i < d.supplements().size(); i++) {
      SupplementRequest r = d.supplements().get(i);
      s.append(i == 0 ? "" : ",").append("{\"NoiDungBoSung\":\"…\",\"NgayYeuCauBoSung\":\"").append(PORTAL.format(r.requestedAt())).append('"');
      r.suppliedAt().ifPresent(t -> s.append(",\"NgayBoSung\":\"").append(PORTAL.format(t)).append('"'));
      s.append('}');
    }
    s.append(']');
    return s.append('}').toString();
  }

  private static String time(Optional<LocalDateTime> t, int variant) {
    return t.map(v -> "\"" + PORTAL.format(v) + "\"").orElse((variant & 4) != 0 ? "\"\"" : "null");
  }

  private static String flag(boolean value, int variant) {
    switch (variant % 3) {
      case 0:
        return value ? "1" : "0";
      case 1:
        return value ? "\"1\"" : "\"0\"";
      default:
        return value ? "true" : "false";
    }
  }
}
