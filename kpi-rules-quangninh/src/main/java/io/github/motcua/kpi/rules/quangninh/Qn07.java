package io.github.motcua.kpi.rules.quangninh;

import com.google.common.collect.Sets;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.TargetRule;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * Quảng Ninh, Chỉ thị 07/CT-UBND of 28 Sep 2018 ({@code qn07}): "Về việc tăng cường triển khai,
 * cung cấp và sử dụng dịch vụ công trực tuyến mức độ 3, mức độ 4 trên địa bàn tỉnh" (source: {@code
 * docs/sources/001_5c244a808391ba37.txt}; rules as in docs/DIRECTIVES.md, section QN-07).
 *
 * <p>Addressed to "Thủ trưởng các Sở, ban, ngành và Chủ tịch Ủy ban nhân dân các huyện, thị xã,
 * thành phố": every requirement applies to the tiers {@link Tier#PROVINCIAL} and {@link
 * Tier#DISTRICT}. Its requirements, in the order of the document:
 *
 * <ul>
 *   <li>§1: three yearly targets ("chỉ tiêu hàng năm") — {@value #PROCEDURES_WITH_ONLINE_DOSSIERS}
 *       ≥ 60 %, {@value #ONLINE_RATE_LEVEL3} ≥ 40 %, {@value #ONLINE_RATE_LEVEL4} ≥ 30 %. They have no
 *       window: each is meant to be measured over a calendar year ({@code Period.year(y)}).
 *   <li>§2: {@value #DISTRICT_GUIDANCE_DESKS}, «hoàn thành trước 15/10/2018», due 14 Oct 2018,
 *       for district chairs.
 *   <li>§3: {@value #CARD_AND_ONLINE_PAYMENT}, "trong tháng 10/2018", due 31 Oct 2018, for the
 *       public administration service centres of every level (role {@value #ROLE_HCC_CENTRE}).
 *   <li>§4: three postal targets "hết năm 2018" (window 2018) — {@value #POSTAL_PROCEDURES_USED} ≥
 *       70 %, {@value #POSTAL_RECEIVED} ≥ 10 %, {@value #POSTAL_RETURNED} ≥ 30 %.
 *   <li>§5: {@value #PORTAL_REGULATION}, due 31 Oct 2018, for the provincial centre (tier
 *       PROVINCIAL, role {@value #ROLE_HCC_CENTRE}).
 *   <li>§6: {@value #ZALO_REPORT}, due 31 Oct 2018, for the Department of Information and
 *       Communications (tier PROVINCIAL, role {@value #ROLE_INFORMATION_AND_COMMUNICATIONS}).
 *   <li>Closing paragraph: {@value #QUARTERLY_REPORT}, every quarter, «trước ngày 15 tháng cuối
 *       quý»: due on the 14th of the quarter's last month (14 Mar, 14 Jun, 14 Sep, 14 Dec).
 * </ul>
 *
 * <p><b>Deadlines.</b> «Trước ngày X» is read one way in every rule, as the words say: due on the
 * day before X (docs/DIRECTIVES.md, "Deadlines in general"), so within this directive the 15th is late
 * for the guidance desks and for the quarterly report alike; the inclusive reading (due on X) is an
 * evaluation option ({@link io.github.motcua.kpi.rules.BeforeDayReading#INCLUSIVE}). «Trong tháng
 * 10/2018» is due on 31 Oct 2018. Issued on 28 Sep 2018, the directive judges nothing due before
 * that day: the quarterly reports of March, June and September 2018 are not applicable.
 *
 * <p><b>Roles.</b> Where the text addresses one office rather than a tier, the rule names a role
 * and only agencies holding it ({@link io.github.motcua.kpi.model.Agency#roles()}) are judged: give
 * the provincial public administration service centre (Trung tâm Hành chính công tỉnh) and each
 * district centre the role {@value #ROLE_HCC_CENTRE}, and the Department of Information and
 * Communications (Sở Thông tin và Truyền thông) the role {@value
 * #ROLE_INFORMATION_AND_COMMUNICATIONS}.
 *
 * <p><b>Baseline the directive quotes</b> (its preamble): 1,534 of 1,795 procedures at level 3/4
 * ("trên 80%"); online submission rate 2.6 % (provincial 41 %, district 1.9 %, commune 0.88 %);
 * 49.3 % of level-3/4 procedures had dossiers.
 */
public final class Qn07 {

  /** The directive id. */
  public static final String ID = "qn07";

  /** Role of a public administration service centre (Trung tâm Hành chính công). */
  public static final String ROLE_HCC_CENTRE = "hcc-centre";

  /** Role of the Department of Information and Communications (Sở Thông tin và Truyền thông). */
  public static final String ROLE_INFORMATION_AND_COMMUNICATIONS = "information-and-communications";

  /** Rule id: level-3/4 procedures with at least one online dossier, ≥ 60 % a year (§1 (1)). */
  public static final String PROCEDURES_WITH_ONLINE_DOSSIERS = "qn07.procedures-with-online-dossiers";

  /** Rule id: online rate of level-3 dossiers, ≥ 40 % a year (§1 (2)). */
  public static final String ONLINE_RATE_LEVEL3 = "qn07.online-rate.level3";

  /** Rule id: online rate of level-4 dossiers, ≥ 30 % a year (§1 (3)). */
  public static final String ONLINE_RATE_LEVEL4 = "qn07.online-rate.level4";

  /** Rule id: district centres' guidance staff and equipment, «trước 15/10/2018» (§2). */
  public static final String DISTRICT_GUIDANCE_DESKS = "qn07.district-guidance-desks";

  /** Rule id: card and online payment, or fee collection by post, in Oct 2018 (§3). */
  public static final String CARD_AND_ONLINE_PAYMENT = "qn07.card-and-online-payment";

  /** Rule id: procedures with a postal dossier or result, ≥ 70 % by the end of 2018 (§4 (1)). */
  public static final String POSTAL_PROCEDURES_USED = "qn07.postal.procedures-used";

  /** Rule id: dossiers received by post, ≥ 10 % by the end of 2018 (§4 (2)). */
  public static final String POSTAL_RECEIVED = "qn07.postal.received";

  /** Rule id: results returned by post, ≥ 30 % by the end of 2018 (§4 (3)). */
  public static final String POSTAL_RETURNED = "qn07.postal.returned";

  /** Rule id: the provincial centre reports the portal's operating regulation in Oct 2018 (§5). */
  public static final String PORTAL_REGULATION = "qn07.portal-regulation";

  /** Rule id: the Department of Information and Communications reports on Zalo in Oct 2018 (§6). */
  public static final String ZALO_REPORT = "qn07.zalo-report";

  /** Rule id: every agency reports progress each quarter (closing paragraph). */
  public static final String QUARTERLY_REPORT = "qn07.quarterly-report";

  /** The day named in «hoàn thành trước 15/10/2018» ({@link #DISTRICT_GUIDANCE_DESKS}). */
  public static final LocalDate GUIDANCE_DESKS_BEFORE = LocalDate.of(2018, 10, 15);

  /** Due date of {@link #DISTRICT_GUIDANCE_DESKS}: the day before 15 Oct 2018, strictly read. */
  public static final LocalDate GUIDANCE_DESKS_DUE = LocalDate.of(2018, 10, 14);

  /** The month of the tasks to be done «trong tháng 10/2018». */
  public static final YearMonth OCTOBER_2018 = YearMonth.of(2018, 10);

  /** Due date of the tasks to be done «trong tháng 10/2018»: the last day of October 2018. */
  public static final LocalDate OCTOBER_2018_DUE = OCTOBER_2018.atEndOfMonth();

  /** The postal targets' window: "đảm bảo hết năm 2018". */
  public static final Period POSTAL_WINDOW = Period.year(2018);

  /** The day named in «trước ngày 15 tháng cuối quý» ({@link #QUARTERLY_REPORT}). */
  public static final int QUARTERLY_REPORT_BEFORE_DAY = 15;

  /** The quarterly report's due day in the last month of each quarter: the 14th, strictly read. */
  public static final int QUARTERLY_REPORT_DAY = 14;

  private static final String PROCEDURE_DENOMINATOR_READING =
      "The denominator is the procedures the agency offers, as the catalogue declares them; counted"
          + " from dossiers with no offerings declared for an agency, it is the procedures that had a"
          + " dossier in the period (a procedure offered without any dossier is missing), and the"
          + " report says so on the result";

  private static final Set<Tier> PROVINCE_AND_DISTRICTS =
      Sets.immutableEnumSet(Tier.PROVINCIAL, Tier.DISTRICT);

  private static final Directive DIRECTIVE =
      Directive.builder()
          .id(ID)
          .number("07/CT-UBND")
          .issuer("UBND tỉnh Quảng Ninh")
          .date(LocalDate.of(2018, 9, 28))
          .year(2018)
          .title(
              "Chỉ thị về việc tăng cường triển khai, cung cấp và sử dụng dịch vụ công trực tuyến"
                  + " mức độ 3, mức độ 4 trên địa bàn tỉnh")
          .addRequirements(
              proceduresWithOnlineDossiers(),
              onlineRateLevel3(),
              onlineRateLevel4(),
              districtGuidanceDesks(),
              cardAndOnlinePayment(),
              postalProceduresUsed(),
              postalReceived(),
              postalReturned(),
              portalRegulation(),
              zaloReport(),
              quarterlyReport())
          .build();

  private Qn07() {}

  /** The directive {@code qn07}. */
  public static Directive directive() {
    return DIRECTIVE;
  }

  /**
   * {@value #PROCEDURES_WITH_ONLINE_DOSSIERS}: at least 60 % of the level-3/4 procedures offered
   * have an online dossier in the year. <b>Reading</b> (docs/DIRECTIVES.md): "có phát sinh hồ sơ" = at
   * least one online dossier. The denominator is the procedures the agency offers; counted from
   * dossiers with no offerings declared in the catalogue, it is the procedures that had a dossier,
   * and the report's result says so.
   */
  private static Requirement proceduresWithOnlineDossiers() {
    return TargetRule.builder()
        .rule(PROCEDURES_WITH_ONLINE_DOSSIERS)
        .title("At least 60 % of level-3/4 procedures have an online dossier in the year")
        .article(
            "§1 (1): «Tối thiểu 60% tỷ lệ TTHC cung cấp trực tuyến mức độ 3, 4 có phát sinh hồ sơ"
                + " trong năm»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.PROCEDURES_WITH_ONLINE_DOSSIERS)
        .threshold(Ratio.ofPercent(60))
        .reading(
            "\"có phát sinh hồ sơ\" = at least one online dossier in the period; a yearly target,"
                + " meant for a calendar-year report. " + PROCEDURE_DENOMINATOR_READING)
        .build();
  }

  /** {@value #ONLINE_RATE_LEVEL3}: at least 40 % of level-3 dossiers are online, each year. */
  private static Requirement onlineRateLevel3() {
    return TargetRule.builder()
        .rule(ONLINE_RATE_LEVEL3)
        .title("At least 40 % of the dossiers of level-3 procedures are received online")
        .article("§1 (2): «Tối thiểu 40% hồ sơ TTHC được tiếp nhận, xử lý trực tuyến mức độ 3»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.ONLINE_RATE_LEVEL3)
        .threshold(Ratio.ofPercent(40))
        .build();
  }

  /** {@value #ONLINE_RATE_LEVEL4}: at least 30 % of level-4 dossiers are online, each year. */
  private static Requirement onlineRateLevel4() {
    return TargetRule.builder()
        .rule(ONLINE_RATE_LEVEL4)
        .title("At least 30 % of the dossiers of level-4 procedures are received online")
        .article("§1 (3): «Tối thiểu 30% hồ sơ TTHC được tiếp nhận, xử lý trực tuyến mức độ 4»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.ONLINE_RATE_LEVEL4)
        .threshold(Ratio.ofPercent(30))
        .build();
  }

  /**
   * {@value #DISTRICT_GUIDANCE_DESKS}: district chairs have their centre place guidance staff and
   * equipment for online submission. <b>Reading:</b> «hoàn thành trước 15/10/2018» = due on 14 Oct
   * 2018 (done on the 15th is late), as «trước ngày X» is read in every rule.
   */
  private static Requirement districtGuidanceDesks() {
    return DeadlineRule.builder()
        .rule(DISTRICT_GUIDANCE_DESKS)
        .title(
            "District public administration service centres place guidance staff and enough"
                + " equipment for online submission")
        .article(
            "§2: «Chỉ đạo Trung tâm HCC cấp huyện bố trí cán bộ hướng dẫn trực tiếp, đảm bảo đủ"
                + " trang thiết bị phục vụ người dân, doanh nghiệp nộp hồ sơ trực tuyến; hoàn thành"
                + " trước 15/10/2018»")
        .tiers(Sets.immutableEnumSet(Tier.DISTRICT))
        .responsible("chairs of district people's committees (Chủ tịch UBND các huyện, thị xã, thành phố)")
        .schedule(Schedule.before(GUIDANCE_DESKS_BEFORE))
        .reading(
            "«hoàn thành trước 15/10/2018» = due on 14 Oct 2018, the day before, as the words say"
                + " and as «trước ngày X» is read in every rule (done on the 15th is late); the"
                + " inclusive reading (due on the 15th) is an evaluation option")
        .build();
  }

  /**
   * {@value #CARD_AND_ONLINE_PAYMENT}: the centres of every level (role {@value #ROLE_HCC_CENTRE},
   * provincial and district) arrange card or online payment with banks, or fee collection by post;
   * «trong tháng 10/2018» gives 31 Oct 2018.
   */
  private static Requirement cardAndOnlinePayment() {
    return DeadlineRule.builder()
        .rule(CARD_AND_ONLINE_PAYMENT)
        .title(
            "Public administration service centres arrange card and online payment with banks, or"
                + " collection of fees and charges by post")
        .article(
            "§3: «Trung tâm Hành chính công các cấp chủ động phối hợp với các Ngân hàng trên địa bàn"
                + " để sử dụng phương tiện thanh toán bằng thẻ và các dịch vụ thanh toán trực tuyến"
                + " hoặc dịch vụ thu phí, lệ phí qua Bưu điện … Thời gian thực hiện trong tháng"
                + " 10/2018»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .role(ROLE_HCC_CENTRE)
        .responsible("public administration service centres of every level (Trung tâm Hành chính công các cấp)")
        .schedule(Schedule.within(OCTOBER_2018))
        .reading(
            "«trong tháng 10/2018» = due on 31 Oct 2018, the month's last day; addressed to the centres, so only agencies"
                + " with the role " + ROLE_HCC_CENTRE + " are judged")
        .build();
  }

  /**
   * {@value #POSTAL_PROCEDURES_USED}: at least 70 % of the procedures deployed have a dossier
   * received or a result returned by post, by the end of 2018 (window 2018). Its denominator is
   * read as for {@value #PROCEDURES_WITH_ONLINE_DOSSIERS}: the procedures offered, or, from dossiers
   * without declared offerings, the procedures that had a dossier (said on the result).
   */
  private static Requirement postalProceduresUsed() {
    return TargetRule.builder()
        .rule(POSTAL_PROCEDURES_USED)
        .title(
            "At least 70 % of the procedures deployed have a dossier received or a result returned"
                + " by post")
        .article(
            "§4 (1): «Tối thiểu 70% thủ tục hành chính đã triển khai có phát sinh hồ sơ tiếp nhận/trả"
                + " kết quả giải quyết qua dịch vụ bưu chính công ích»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.POSTAL_PROCEDURES_USED)
        .threshold(Ratio.ofPercent(70))
        .window(POSTAL_WINDOW)
        .reading("\"thủ tục hành chính đã triển khai\" = the procedures the agency offers. " + PROCEDURE_DENOMINATOR_READING)
        .build();
  }

  /**
   * {@value #POSTAL_RECEIVED}: at least 10 % of dossiers received by post, by the end of 2018.
   * <b>Reading</b> (docs/DIRECTIVES.md): the text says "thủ tục", but dossiers, not procedures, are
   * received.
   */
  private static Requirement postalReceived() {
    return TargetRule.builder()
        .rule(POSTAL_RECEIVED)
        .title("At least 10 % of dossiers are received through the public postal service")
        .article(
            "§4 (2): «Tối thiểu 10% thủ tục hành chính được tiếp nhận qua dịch vụ bưu chính công"
                + " ích»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.POSTAL_RECEIVED)
        .threshold(Ratio.ofPercent(10))
        .window(POSTAL_WINDOW)
        .reading("the text says \"thủ tục\" but a procedure is not received; dossiers are counted")
        .build();
  }

  /** {@value #POSTAL_RETURNED}: at least 30 % of results returned by post, by the end of 2018. */
  private static Requirement postalReturned() {
    return TargetRule.builder()
        .rule(POSTAL_RETURNED)
        .title("At least 30 % of results are returned through the public postal service")
        .article(
            "§4 (3): «Tối thiểu 30% kết quả giải quyết thủ tục hành chính được trả qua dịch vụ bưu"
                + " chính công ích»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.POSTAL_RETURNED)
        .threshold(Ratio.ofPercent(30))
        .window(POSTAL_WINDOW)
        .build();
  }

  /**
   * {@value #PORTAL_REGULATION}: the provincial public administration service centre (tier
   * PROVINCIAL, role {@value #ROLE_HCC_CENTRE}) reports the portal's operating regulation to the
   * province, by 31 Oct 2018.
   */
  private static Requirement portalRegulation() {
    return DeadlineRule.builder()
        .rule(PORTAL_REGULATION)
        .title(
            "The provincial public administration service centre drafts the operating regulation of"
                + " the provincial public-service portal and reports it")
        .article(
            "§5: «Chủ trì, phối hợp với Sở Thông tin và Truyền thông và các đơn vị liên quan xây"
                + " dựng quy chế hoạt động của Cổng dịch vụ công của tỉnh, báo cáo UBND tỉnh trong"
                + " tháng 10/2018»")
        .tiers(Sets.immutableEnumSet(Tier.PROVINCIAL))
        .role(ROLE_HCC_CENTRE)
        .responsible("the provincial public administration service centre (Trung tâm Hành chính công tỉnh)")
        .schedule(Schedule.within(OCTOBER_2018))
        .reading(
            "«trong tháng 10/2018» = due on 31 Oct 2018, the month's last day; the provincial centre is the provincial"
                + " agency with the role " + ROLE_HCC_CENTRE)
        .build();
  }

  /**
   * {@value #ZALO_REPORT}: the Department of Information and Communications (tier PROVINCIAL, role
   * {@value #ROLE_INFORMATION_AND_COMMUNICATIONS}) reports on e-government services on Zalo with
   * VNG, by 31 Oct 2018.
   */
  private static Requirement zaloReport() {
    return DeadlineRule.builder()
        .rule(ZALO_REPORT)
        .title(
            "The Department of Information and Communications deploys e-government communication"
                + " and services on Zalo with VNG and reports")
        .article(
            "§6: «Khẩn trương triển khai hợp tác với Công ty cổ phần VNG triển khai công tác truyền"
                + " thông và dịch vụ chính quyền điện tử trên nền tảng ứng dụng Zalo, báo cáo UBND tỉnh"
                + " trong tháng 10/2018»")
        .tiers(Sets.immutableEnumSet(Tier.PROVINCIAL))
        .role(ROLE_INFORMATION_AND_COMMUNICATIONS)
        .responsible("the Department of Information and Communications (Sở Thông tin và Truyền thông)")
        .schedule(Schedule.within(OCTOBER_2018))
        .reading(
            "«trong tháng 10/2018» = due on 31 Oct 2018, the month's last day; the department is the agency with the role "
                + ROLE_INFORMATION_AND_COMMUNICATIONS)
        .build();
  }

  /**
   * {@value #QUARTERLY_REPORT}: every agency reports progress each quarter. <b>Reading</b>: «trước
   * ngày 15 tháng cuối quý» = due on the 14th of the quarter's last month, {@code
   * Schedule.quarterlyBefore(3, 15)}: 14 Mar, 14 Jun, 14 Sep, 14 Dec; a report filed on the 15th is
   * late. The directive is of 28 Sep 2018: in 2018 only the December report is judged.
   */
  private static Requirement quarterlyReport() {
    return DeadlineRule.builder()
        .rule(QUARTERLY_REPORT)
        .title("Every agency reports the progress of the directive to the province each quarter")
        .article(
            "closing paragraph: «Định kỳ trước ngày 15 tháng cuối quý, báo cáo kết quả triển khai"
                + " thực hiện về UBND tỉnh (qua Sở Thông tin và Truyền thông tổng hợp)»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .responsible(
            "heads of provincial departments and chairs of district people's committees (Thủ trưởng"
                + " các Sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố)")
        .schedule(Schedule.quarterlyBefore(3, QUARTERLY_REPORT_BEFORE_DAY))
        .reading(
            "«trước ngày 15 tháng cuối quý» = due on the 14th of the quarter's last month (14 Mar,"
                + " 14 Jun, 14 Sep, 14 Dec), the day before, as «trước ngày X» is read in every rule;"
                + " filed on the 15th is late (the inclusive reading is an evaluation option)."
                + " Issued on 28 Sep 2018, the directive does not judge the reports due on 14 Mar,"
                + " 14 Jun and 14 Sep 2018")
        .build();
  }
}
