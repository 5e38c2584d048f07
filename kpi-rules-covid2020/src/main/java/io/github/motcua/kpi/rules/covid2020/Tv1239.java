package io.github.motcua.kpi.rules.covid2020;

import io.github.motcua.kpi.rules.Directive;
import java.time.LocalDate;

/**
 * Trà Vinh, Công văn 1239/UBND-THNV of 6 Apr 2020 ({@code tv1239}): "V/v tập trung ứng dụng CNTT
 * trong giải quyết công việc, thủ tục hành chính thời kỳ phòng, chống dịch COVID-19" (source:
 * {@code docs/sources/002_eb81a9e85e3dda2f.txt}; docs/DIRECTIVES.md, "TV-1239").
 *
 * <p>The common core only. Its wording of the electronic-document
 * deadline differs: "gửi, nhận văn bản điện tử các cấp chính quyền trên địa bàn tỉnh" — the levels
 * of government <em>in the province</em> (provincial, district, commune) rather than the four
 * levels, which include the central government. The rule keeps the shared id {@code
 * covid2020.edoc-four-levels}, due date (29 Jun 2020, «trước ngày 30 tháng 6 năm
 * 2020» read strictly) and tiers; its title and reading state
 * the narrower scope. No default period: the letter quotes no figures.
 */
public final class Tv1239 {

  /** The directive id. */
  public static final String ID = "tv1239";

  private static final Directive DIRECTIVE =
      Directive.builder()
          .id(ID)
          .number("1239/UBND-THNV")
          .issuer("UBND tỉnh Trà Vinh")
          .date(LocalDate.of(2020, 4, 6))
          .year(2020)
          .title(
              "V/v tập trung ứng dụng CNTT trong giải quyết công việc, thủ tục hành chính thời kỳ"
                  + " phòng, chống dịch COVID-19")
          .addRequirements(
              Covid2020Core.edocLevelsInProvince(
                  "third point: «bảo đảm hoàn thành việc gửi, nhận văn bản điện tử các cấp chính"
                      + " quyền trên địa bàn tỉnh trước ngày 30 tháng 6 năm 2020»"),
              Covid2020Core.workRecordsOnline(
                  "third point: «chỉ tiêu xử lý hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng"
                      + " (60% đối với cấp tỉnh và 30% đối với cấp huyện)»"))
          .build();

  private Tv1239() {}

  /** The directive {@code tv1239}. */
  public static Directive directive() {
    return DIRECTIVE;
  }
}
