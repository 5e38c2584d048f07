package io.github.motcua.kpi.cli.input;

/**
 * The fields of a dossier record, with their column in our dossier CSV and their key in the
 * national portal's sync format (docs/DIRECTIVES.md, "The national portal's sync fields").
 */
public enum DossierField {
  /** The dossier id. */
  ID("id", "MaHoSo"),
  /** The procedure's national code. */
  PROCEDURE("procedure", "MaTTHC"),
  /** The agency that received the dossier: its code, its portal code or its name. */
  AGENCY("agency", "DonViXuLy"),
  /**
   * The agency that settles it where another than the receiving one does ("phi địa giới"); the
   * sync format has no such field that we know of.
   */
  SETTLING_AGENCY("settling_agency", null),
  /**
   * How it was submitted: 1 direct, 2 online, 3 postal, and VNeID's code once configured ({@code
   * --vneid-code}); CSV also: direct, online, postal, vneid.
   */
  CHANNEL("channel", "KenhThucHien"),
  /** When it was received. */
  RECEIVED("received", "NgayTiepNhan"),
  /** When the result is due. */
  DUE("due", "NgayHenTra"),
  /** When processing finished. */
  FINISHED("finished", "NgayKetThucXuLy"),
  /** When the result was returned. */
  RETURNED("returned", "NgayTra"),
  /** The national status code 1 to 10. */
  STATUS("status", "TrangThaiHoSo"),
  /** Result returned by post (portal: {@code HinhThuc} = 1). */
  RESULT_BY_POST("result_by_post", "HinhThuc"),
  /** Carries a fee or charge (portal: {@code DanhSachLePhi} non-empty). */
  FEE("fee", "DanhSachLePhi"),
  /** Paid online (portal: {@code DuocThanhToanTrucTuyen} 1 or 2). */
  PAID_ONLINE("paid_online", "DuocThanhToanTrucTuyen"),
  /** Components digitised (portal: {@code HoSoCoThanhPhanSoHoa}). */
  DIGITISED("digitised", "HoSoCoThanhPhanSoHoa"),
  /** Apology issued for a late dossier; the portal format has no such field. */
  APOLOGY("apology", null),
  /**
   * Supplement requests (portal only): a list of objects with {@code NgayYeuCauBoSung} (requested)
   * and {@code NgayBoSung} (supplied; absent while pending).
   */
  SUPPLEMENTS(null, "DanhSachHoSoBoSung"),
  /** The electronic result's code (portal only). */
  RESULT_CODE(null, "MaKetQua"),
  /** The link to the electronic result's file (portal only). */
  RESULT_LINK(null, "DuongDanTepTinKetQua"),
  /** Result papers (portal only): objects with {@code MaGiayToKetQua} and {@code DuongDanTepTinKetQua}. */
  RESULT_PAPERS(null, "DanhSachGiayToKetQua"),
  /** Submitted components (portal only): objects with {@code DuocSoHoa}, {@code DuocLayTuKhoDMQG}, {@code MaCSDL}. */
  COMPONENTS(null, "TaiLieuNop"),
  /** National databases consulted (portal only): objects with {@code MaCSDL}. */
  DATABASES(null, "DSKetNoiCSDL"),
  /** The applicant's account authenticated with VNeID (portal only): 1 or 0. */
  VNEID_ACCOUNT(null, "TaiKhoanDuocXacThucVoiVNeID"),
  /** The applicant's rating (portal only): 1 satisfied, 2 dissatisfied, 0 or absent none. */
  RATING(null, "DanhGia");

  private final String csv;
  private final String portal;

  DossierField(String csv, String portal) {
    this.csv = csv;
    this.portal = portal;
  }

  /** The column in our dossier CSV, null where it has none. */
  public String csv() {
    return csv;
  }

  /** The key in the national portal's format, null where it has none. */
  public String portal() {
    return portal;
  }
}
