package io.github.motcua.kpi.io;

import io.github.motcua.kpi.io.internal.Closest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of the national portal's sync format ({@code DongBoHoSoMC}) a reader knows, object by
 * object: those it reads, and those the format has that it does not read (the applicant's name,
 * the procedure's name …). Keys are matched exactly, as the format spells them.
 *
 * <p>A key that is neither — within one edit of a key read (two for keys of eight characters or
 * more), or the same but for case — is a misspelling that would change the count silently
 * ({@code NgayHenTraa} leaves every dossier without a due date): a problem of the record, naming
 * the key meant. Any other key is not read, and listed once for the file.
 */
final class SyncKeys {
  /** The keys of a dossier record that are read. */
  static final List<String> RECORD_READ =
      List.of("MaHoSo", "MaTTHC", "DonViXuLy", "DonViGiaiQuyet", "KenhThucHien", "NgayNopHoSo", "NgayTiepNhan",
          "NgayHenTra", "NgayKetThucXuLy", "NgayTra", "TrangThaiHoSo", "QuaTrinhXuLy", "DanhSachHoSoBoSung",
          "HinhThuc", "DanhSachLePhi", "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "TaiLieuNop",
          "DSKetNoiCSDL", "MaKetQua", "DuongDanTepTinKetQua", "DanhSachGiayToKetQua",
          "TaiKhoanDuocXacThucVoiVNeID", "TrangThaiDongBoDVC", "DanhGia");

  /** The keys of a dossier record the format has and that are not read. */
  static final Set<String> RECORD_KNOWN =
      Set.of("TenTTHC", "MaLinhVuc", "TenLinhVuc", "SoGiayToChuHoSo", "ChuHoSo", "LoaiDoiTuong", "MaDoiTuong",
          "ThongTinKhac", "Email", "Fax", "SoDienThoai", "TrichYeuHoSo", "ThongTinTra", "GhiChu",
          "DanhSachTepDinhKemKhac", "NoiNopHoSo", "NgayTuChoi", "DinhDanhCHS", "MaHoSoKhac", "MaDinhDanh",
          "SoDinhDanh", "DinhKemKetQua", "MaKetQuaChinh", "NgayYeuCauBoSung", "LaHoSoChungThuc",
          "ThoiGianGiaiQuyet", "Id");

  static final List<String> FEE_READ = List.of("Gia", "MucPhi");
  static final Set<String> FEE_KNOWN = Set.of("TenPhiLePhi", "MaPhiLePhi", "HinhThucThu", "LoaiPhiLePhi", "TrangThai", "Id");

  static final List<String> COMPONENT_READ = List.of("DuocSoHoa", "DuocLayTuKhoDMQG", "MaCSDL");
  static final Set<String> COMPONENT_KNOWN =
      Set.of("TepDinhKemId", "TenTepDinhKem", "IsDeleted", "MaThanhPhanHoSo", "DuongDanTaiTepTin", "DuocTaiSuDung",
          "MaKetQuaThayThe", "DinhKemGoc", "Id");

  static final List<String> SUPPLEMENT_READ = List.of("NgayYeuCauBoSung", "NgayBoSung");
  static final Set<String> SUPPLEMENT_KNOWN =
      Set.of("HoSoBoSungId", "NguoiYeuCauBoSung", "NoiDungBoSung", "NguoiTiepNhanBoSung", "ThongTinTiepNhan",
          "NgayTiepNhanBoSung", "TrangThaiBoSung", "DanhSachGiayToBoSung", "DanhSachLePhiBoSung", "NgayHenTraTruoc",
          "NgayHenTraMoi", "Id");

  static final List<String> HISTORY_READ = List.of("TrangThai", "ThoiDiemXuLy");
  static final Set<String> HISTORY_KNOWN =
      Set.of("MaHoSo", "NguoiXuLy", "ChucDanh", "PhongBanXuLy", "NoiDungXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh", "Id");

  static final List<String> DATABASE_READ = List.of("MaCSDL");
  static final Set<String> DATABASE_KNOWN = Set.of("TenCSDL", "Id");

  static final List<String> RESULT_PAPER_READ = List.of("MaGiayToKetQua", "DuongDanTepTinKetQua");
  static final Set<String> RESULT_PAPER_KNOWN = Set.of("TenGiayTo", "MaThanhPhanHoSo", "GiayToId", "Id");

  private static final String NONE = "";

  private final Map<String, String> meant = new HashMap<>();

  /**
   * The key read that {@code key} (not one the object knows) misspells, or null if it is no
   * misspelling of one; remembered per key and object.
   */
  String misspelt(String key, List<String> read, String object) {
    String cacheKey = object + "\u0000" + key;
    String m = meant.get(cacheKey);
    if (m == null) {
      m = Closest.to(key, read, key.length() >= 8 ? 2 : 1).orElse(NONE);
      if (meant.size() < 10_000) {
        meant.put(cacheKey, m);
      }
    }
    return m.isEmpty() ? null : m;
  }
}
