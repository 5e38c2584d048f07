package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Fact;

/**
 * The fields of a dossier record, with their column in our dossier CSV and their key in the
 * national portal's sync format (docs/DIRECTIVES.md, "The national portal's sync fields"; where the
 * format nests a fact in a list, the list's key), and the fact a file carries when a record has the
 * key (the facts no record carries are unknown: {@link io.github.motcua.kpi.model.Dossier#unknownFacts()}).
 */
enum DossierField {
  /** The dossier id. */
  ID("id", "MaHoSo", null),
  /** The procedure's national code. */
  PROCEDURE("procedure", "MaTTHC", null),
  /** The receiving agency: its code or its name. */
  AGENCY("agency", "DonViXuLy", null),
  /** The settling agency where another one settles it: its code or its name. */
  SETTLING_AGENCY("settling_agency", "DonViGiaiQuyet", null),
  /** How it was submitted: 1 direct, 2 online, 3 postal (CSV also: direct, online, postal, vneid). */
  CHANNEL("channel", "KenhThucHien", null),
  /** When it was submitted; the received time falls back to it. */
  SUBMITTED("submitted", "NgayNopHoSo", null),
  /** When it was received. */
  RECEIVED("received", "NgayTiepNhan", null),
  /** When the result is due. */
  DUE("due", "NgayHenTra", Fact.DUE_DATE),
  /** When processing finished. */
  FINISHED("finished", "NgayKetThucXuLy", Fact.FINISHED),
  /** When the result was returned. */
  RETURNED("returned", "NgayTra", Fact.RETURNED),
  /** The national status code 1 to 10. */
  STATUS("status", "TrangThaiHoSo", Fact.NATIONAL_STATUS),
  /** The status history: {@code QuaTrinhXuLy[]} of {@code TrangThai} and {@code ThoiDiemXuLy}. */
  HISTORY(null, "QuaTrinhXuLy", Fact.FINISHED),
  /** The supplement requests: {@code DanhSachHoSoBoSung[]} of {@code NgayYeuCauBoSung}, {@code NgayBoSung}. */
  SUPPLEMENTS(null, "DanhSachHoSoBoSung", Fact.SUPPLEMENTS),
  /** Result returned by post (portal: {@code HinhThuc} = 1). */
  RESULT_BY_POST("result_by_post", "HinhThuc", Fact.RESULT_BY_POST),
  /** The fee lines (portal: {@code DanhSachLePhi[]} with {@code Gia}; CSV: yes/no). */
  FEE("fee", "DanhSachLePhi", null),
  /** Where it was paid online (portal: {@code DuocThanhToanTrucTuyen} 0, 1, 2). */
  PAID_ONLINE("paid_online", "DuocThanhToanTrucTuyen", Fact.PAYMENT),
  /** Components digitised (portal: {@code HoSoCoThanhPhanSoHoa}). */
  DIGITISED("digitised", "HoSoCoThanhPhanSoHoa", Fact.DIGITISED),
  /** The components: {@code TaiLieuNop[]} with {@code DuocSoHoa}, {@code DuocLayTuKhoDMQG}, {@code MaCSDL}. */
  COMPONENTS(null, "TaiLieuNop", Fact.COMPONENT_DIGITISED),
  /** The national databases used: {@code DSKetNoiCSDL[]} of {@code MaCSDL}. */
  DATABASES(null, "DSKetNoiCSDL", Fact.NATIONAL_DATABASE),
  /** The electronic result's code. */
  RESULT_CODE("result_code", "MaKetQua", Fact.ELECTRONIC_RESULT),
  /** The link to the electronic result's file. */
  RESULT_LINK("result_link", "DuongDanTepTinKetQua", Fact.ELECTRONIC_RESULT),
  /** The result papers: {@code DanhSachGiayToKetQua[]} of {@code MaGiayToKetQua}, {@code DuongDanTepTinKetQua}. */
  RESULT_PAPERS(null, "DanhSachGiayToKetQua", Fact.ELECTRONIC_RESULT),
  /** The applicant's account authenticated with VNeID. */
  VNEID_ACCOUNT("vneid_account", "TaiKhoanDuocXacThucVoiVNeID", Fact.VNEID_ACCOUNT),
  /** Synced to the national portal (portal: {@code TrangThaiDongBoDVC} 1). */
  SYNCED("synced", "TrangThaiDongBoDVC", Fact.SYNCED),
  /** The applicant's rating (portal: {@code DanhGia} 1 satisfied, 2 dissatisfied). */
  RATING("rating", "DanhGia", Fact.RATING),
  /** Apology issued for a late dossier; the portal format has no such field. */
  APOLOGY("apology", null, Fact.APOLOGY);

  private final String csv;
  private final String portal;
  private final Fact fact;

  DossierField(String csv, String portal, Fact fact) {
    this.csv = csv;
    this.portal = portal;
    this.fact = fact;
  }

  /** The column in our dossier CSV, null where it has none. */
  String csv() {
    return csv;
  }

  /** The key in the national portal's format, null where it has none. */
  String portal() {
    return portal;
  }

  /** The field's name in one format or the other. */
  String name(boolean portal) {
    return portal ? this.portal : csv;
  }

  /** The fact a file carries when a record has this field, null if none (or always known). */
  Fact fact() {
    return fact;
  }
}
