package io.github.motcua.kpi.rules.covid2020;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.TargetRule;
import java.time.LocalDate;

/**
 * Bà Rịa–Vũng Tàu, Công văn 404/UBND-VP of 23 Apr 2020 ({@code brvt404}): "V/v tập trung ứng dụng
 * CNTT trong giải quyết công việc, thủ tục hành chính thời kỳ phòng, chống dịch COVID-19" (source:
 * {@code docs/sources/004_14da88f25da6cb41.txt}; docs/DIRECTIVES.md, "BRVT-404").
 *
 * <p>The common core (§1, in the national wording: four levels of
 * government), plus {@value #APPROVED_LIST_DEPLOYED} (§1: 100 % of the approved list of level-3/4
 * services provided per process) and {@value #NATIONAL_PORTAL_INTEGRATION} (§3 a): 30 % of the
 * province's level-3/4 services integrated on the national portal in 2020, per Nghị quyết
 * 01/NQ-CP of 1 Jan 2020 and Quyết định 411/QĐ-TTg of 24 Mar 2020). No default period: the letter
 * quotes no figures.
 */
public final class Brvt404 {

  /** The directive id. */
  public static final String ID = "brvt404";

  /** Rule id: every approved level-3/4 service provided per process (§1). */
  public static final String APPROVED_LIST_DEPLOYED = "brvt404.approved-list-deployed";

  /** Rule id: level-3/4 services integrated on the national portal, ≥ 30 % in 2020 (§3 a). */
  public static final String NATIONAL_PORTAL_INTEGRATION = "brvt404.national-portal-integration";

  private static final Directive DIRECTIVE =
      Directive.builder()
          .id(ID)
          .number("404/UBND-VP")
          .issuer("UBND tỉnh Bà Rịa–Vũng Tàu")
          .date(LocalDate.of(2020, 4, 23))
          .year(2020)
          .title(
              "V/v tập trung ứng dụng CNTT trong giải quyết công việc, thủ tục hành chính thời kỳ"
                  + " phòng, chống dịch COVID-19")
          .addRequirements(
              Covid2020Core.edocFourLevels(
                  "§1, third point: «bảo đảm hoàn thành việc gửi, nhận văn bản điện tử 4 cấp chính"
                      + " quyền trước ngày 30/6/2020»"),
              Covid2020Core.workRecordsOnline(
                  "§1, third point: «chỉ tiêu xử lý hồ sơ công việc (trừ hồ sơ mật) trên môi trường"
                      + " mạng (60% đối với cấp tỉnh và 30% đối với cấp huyện)»"),
              approvedListDeployed(),
              nationalPortalIntegration())
          .build();

  private Brvt404() {}

  /** The directive {@code brvt404}. */
  public static Directive directive() {
    return DIRECTIVE;
  }

  /** {@value #APPROVED_LIST_DEPLOYED}: 100 % of the approved list provided per process. */
  private static TargetRule approvedListDeployed() {
    return TargetRule.builder()
        .rule(APPROVED_LIST_DEPLOYED)
        .title("Every level-3/4 online service on the approved list is provided per process")
        .article(
            "§1, second point: «thực hiện nghiêm túc quy trình cung cấp dịch vụ công trực tuyến mức"
                + " độ 3, 4 trên Cổng dịch vụ công trực tuyến của tỉnh, đảm bảo đủ 100% theo danh"
                + " mục đã được phê duyệt»")
        .tiers(Covid2020Core.PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.APPROVED_LIST_DEPLOYED)
        .threshold(Ratio.ofPercent(100))
        .build();
  }

  /**
   * {@value #NATIONAL_PORTAL_INTEGRATION}: at least 30 % of level-3/4 services on the national
   * portal in 2020 (by 31 Dec 2020, window 2020). <b>Reading</b>: the text sets the share for the
   * province's services as a whole, led by the provincial People's Committee office with the
   * departments and districts; the rule measures it per agency (its own services) and the whole
   * province is judged by evaluating the summed tally.
   */
  private static TargetRule nationalPortalIntegration() {
    return TargetRule.builder()
        .rule(NATIONAL_PORTAL_INTEGRATION)
        .title(
            "At least 30 % of the province's level-3/4 online services are integrated on the"
                + " national public-service portal in 2020")
        .article(
            "§3 a): «hoàn hành việc tích hợp, cung cấp 30% các dịch vụ công trực tuyến mức độ 3,"
                + " mức độ 4 của tỉnh trên Cổng dịch vụ công quốc gia trong năm 2020»")
        .tiers(Covid2020Core.PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.NATIONAL_PORTAL_INTEGRATION)
        .threshold(Ratio.ofPercent(30))
        .window(Covid2020Core.WINDOW_2020)
        .reading(
            "a province-wide share in the text, measured per agency over its own services; the"
                + " province is judged on the summed tally")
        .build();
  }
}
