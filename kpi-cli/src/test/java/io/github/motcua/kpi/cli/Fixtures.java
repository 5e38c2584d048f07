package io.github.motcua.kpi.cli;

import java.nio.file.Path;

/** Small input files for the bad-input tests, written into a temporary directory. */
final class Fixtures {
  private Fixtures() {}

  static Path agencies(Path dir) {
    return Cli.file(dir, "agencies.csv",
        "agency,name,tier",
        "QT-S03,Sở Tài nguyên và Môi trường,PROVINCIAL",
        "QT-S07,\"Sở Xây dựng, tỉnh Quảng Trị\",PROVINCIAL",
        "QT-D05,UBND Thành phố Đông Hà,DISTRICT");
  }

  static Path procedures(Path dir) {
    return Cli.file(dir, "procedures.csv",
        "code,name,field,level,fee,national_portal,approved",
        "1.004227,\"Đăng ký đất đai, lần đầu\",Đất đai,3,1,1,1",
        "2.000884,Chứng thực bản sao,Chứng thực,4,0,1,1");
  }

  /** One NDJSON dossier line in the portal's format; {@code extra} is spliced in as raw JSON. */
  static String portal(String id, String agency, String received, String due, String finished, String extra) {
    return "{\"MaHoSo\":\"" + id + "\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"" + agency + "\",\"KenhThucHien\":2,"
        + "\"NgayTiepNhan\":\"" + received + "\",\"NgayHenTra\":\"" + due + "\""
        + (finished == null ? "" : ",\"NgayKetThucXuLy\":\"" + finished + "\"")
        + (extra == null ? "" : "," + extra) + "}";
  }

  static String good(String id) {
    return portal(id, "QT-S03", "20230105080000", "20230120170000", "20230118100000", null);
  }
}
