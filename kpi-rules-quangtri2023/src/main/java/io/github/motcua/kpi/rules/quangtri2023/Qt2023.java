package io.github.motcua.kpi.rules.quangtri2023;

import com.google.common.collect.Sets;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.TargetRule;
import java.time.LocalDate;
import java.util.Set;

/**
 * Quảng Trị, Công văn …/UBND-NC of 2023 ({@code qt2023}): "V/v nâng cao chất lượng trong công tác
 * cải cách TTHC" (source: {@code docs/sources/003_cf04c95bff4bf554.txt}; docs/DIRECTIVES.md, "QT-2023"). The
 * number and the day are blank in the source (an unsigned issue): the directive has no {@linkplain
 * Directive#date() date}, only the year 2023, and its number is printed "…/UBND-NC".
 *
 * <p>Addressed to "Giám đốc các Sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện,
 * thành phố, thị xã" (tiers PROVINCIAL and DISTRICT). Its baseline is the first half of 2023 for
 * the whole province, so the {@linkplain Directive#defaultPeriod() default period} is 2023-H1:
 * digitised components 67.50 %; 151,606 of 152,243 dossiers on time (99.58 %), 637 overdue, 293 of
 * them in land (đất đai, 45.99 % as printed); apologies 46.62 %; online payment 3.71 % (provincial
 * departments) and 8.47 % (districts).
 *
 * <p>Requirements: {@value #DIGITISED_COMPONENTS}, {@value #ON_TIME} and {@value #APOLOGY} at
 * 100 %; {@value #ONLINE_PAYMENT} at least 30 % in 2023; the deadlines {@value
 * #FULL_ONLINE_PILOT_LIST} («trước ngày 20/7/2023»: due 19 Jul 2023, every agency) and {@value
 * #FULL_ONLINE_PILOT_SUMMARY} («trước ngày 30/7/2023»: due 29 Jul 2023, the provincial public
 * administration service centre: tier PROVINCIAL, role {@value #ROLE_HCC_CENTRE}); and {@value
 * #SECONDMENT_TERM}, 6 to 24 months a term, 4 months for merged units.
 *
 * <p><b>Readings.</b> «Trước ngày X» is due on the day before X, as in every rule (the inclusive
 * reading is an evaluation option). The day of issue is blank, so the directive judges from 1 Jan
 * 2023: a report over a period ending before it (2019, say) finds every rule not applicable, and a
 * secondment term that ended before it is not judged. {@value #ON_TIME} is judged on the dossiers
 * finished on time over those finished plus those still open past their due date ({@code
 * on-time.including-open-overdue}); the report also carries the finished-only {@code on-time}, the
 * rate the letter quotes (99.58 %).
 */
public final class Qt2023 {

  /** The directive id. */
  public static final String ID = "qt2023";

  /**
   * Role of the public administration service centre (Trung tâm Phục vụ hành chính công tỉnh); with
   * tier PROVINCIAL, the provincial centre.
   */
  public static final String ROLE_HCC_CENTRE = "hcc-centre";

  /** Rule id: dossier components digitised, 100 % (Nghị định 107/2021/NĐ-CP). */
  public static final String DIGITISED_COMPONENTS = "qt2023.digitised-components";

  /**
   * Rule id: no late dossier, finished or open, 100 % ("chấm dứt tình trạng trễ hạn"), on {@code
   * on-time.including-open-overdue}.
   */
  public static final String ON_TIME = "qt2023.on-time";

  /** Rule id: an apology for every overdue dossier, 100 % (Quyết định 30/2020/QĐ-UBND). */
  public static final String APOLOGY = "qt2023.apology";

  /** Rule id: fee-bearing dossiers paid online, at least 30 % in 2023. */
  public static final String ONLINE_PAYMENT = "qt2023.online-payment";

  /** Rule id: agencies send the list of services for the fully online pilot, «trước ngày 20/7/2023». */
  public static final String FULL_ONLINE_PILOT_LIST = "qt2023.full-online-pilot-list";

  /** Rule id: the provincial centre compiles and submits the pilot list, «trước ngày 30/7/2023». */
  public static final String FULL_ONLINE_PILOT_SUMMARY = "qt2023.full-online-pilot-summary";

  /** Rule id: a secondment to the provincial centre lasts 6 to 24 months (merged units: 4). */
  public static final String SECONDMENT_TERM = "qt2023.secondment-term";

  /** The year of the online-payment target: "trong năm 2023". */
  public static final Period WINDOW_2023 = Period.year(2023);

  /** The period of the directive's baseline figures: "6 tháng đầu năm 2023". */
  public static final Period BASELINE_PERIOD = Period.half(2023, 1);

  /** The day named in «trước ngày 20/7/2023» ({@value #FULL_ONLINE_PILOT_LIST}). */
  public static final LocalDate PILOT_LIST_BEFORE = LocalDate.of(2023, 7, 20);

  /** Due date of {@value #FULL_ONLINE_PILOT_LIST}: 19 Jul 2023, the day before, strictly read. */
  public static final LocalDate PILOT_LIST_DUE = LocalDate.of(2023, 7, 19);

  /** The day named in «trước ngày 30/7/2023» ({@value #FULL_ONLINE_PILOT_SUMMARY}). */
  public static final LocalDate PILOT_SUMMARY_BEFORE = LocalDate.of(2023, 7, 30);

  /** Due date of {@value #FULL_ONLINE_PILOT_SUMMARY}: 29 Jul 2023, the day before, strictly read. */
  public static final LocalDate PILOT_SUMMARY_DUE = LocalDate.of(2023, 7, 29);

  /** The shortest secondment term: "tối thiểu ít nhất là 6 tháng/đợt". */
  public static final int SECONDMENT_MIN_MONTHS = 6;

  /** The longest secondment term: "nhiều hơn không quá 24 tháng/đợt". */
  public static final int SECONDMENT_MAX_MONTHS = 24;

  /** The shortest term for a merged unit: "đảm bảo 4 tháng/đơn vị". */
  public static final int SECONDMENT_MERGED_UNIT_MIN_MONTHS = 4;

  private static final Set<Tier> PROVINCE_AND_DISTRICTS =
      Sets.immutableEnumSet(Tier.PROVINCIAL, Tier.DISTRICT);

  private static String dueReading(String named, String due) {
    return "«trước ngày " + named + "» = due on " + due + ", the day before, as the words say and as"
        + " «trước ngày X» is read in every rule (done on the named day is late); the inclusive"
        + " reading is an evaluation option";
  }

  private static final Directive DIRECTIVE =
      Directive.builder()
          .id(ID)
          .number("…/UBND-NC")
          .issuer("UBND tỉnh Quảng Trị")
          .year(2023)
          .title("V/v nâng cao chất lượng trong công tác cải cách TTHC")
          .defaultPeriod(BASELINE_PERIOD)
          .addReportedIndicators(Indicator.ON_TIME)
          .addRequirements(
              digitisedComponents(),
              onTime(),
              apology(),
              onlinePayment(),
              secondmentTerm(),
              fullOnlinePilotList(),
              fullOnlinePilotSummary())
          .build();

  private Qt2023() {}

  /** The directive {@code qt2023}. */
  public static Directive directive() {
    return DIRECTIVE;
  }

  /** {@value #DIGITISED_COMPONENTS}: every received dossier's components digitised. */
  private static Requirement digitisedComponents() {
    return TargetRule.builder()
        .rule(DIGITISED_COMPONENTS)
        .title("The components of every dossier received are digitised")
        .article(
            "baseline and §1: «theo quy định của Chính phủ tại Nghị định số 107/2021/NĐ-CP ngày"
                + " 06/12/2021, thành phần hồ sơ số hoá phải đảm bảo 100%»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.DIGITISED_COMPONENTS)
        .threshold(Ratio.ofPercent(100))
        .build();
  }

  /**
   * {@value #ON_TIME}: no late dossier. <b>Reading</b> (docs/DIRECTIVES.md, QT-2023): «chấm dứt tình
   * trạng trễ hạn» (end late processing) is broken by a dossier still open past its due date as by
   * one finished late, so the rule is judged on {@code on-time.including-open-overdue}: dossiers
   * finished on time / (dossiers finished + dossiers open past due at the period's end). The
   * finished-only {@code on-time} (151,606 / 152,243 = 99.58 %, as the report forms count) stays in
   * the report, for quoting the letter's baseline.
   */
  private static Requirement onTime() {
    return TargetRule.builder()
        .rule(ON_TIME)
        .title("No dossier is late: every dossier finished on time and none open past its due date")
        .article(
            "§1: «Chấm dứt tình trạng trễ hạn trong giải quyết thủ tục hành chính»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.ON_TIME_INCLUDING_OPEN_OVERDUE)
        .threshold(Ratio.ofPercent(100))
        .reading(
            "«chấm dứt tình trạng trễ hạn» is broken by an open dossier past its due date as by one"
                + " finished late: judged on on-time.including-open-overdue = finished on time /"
                + " (finished + in progress overdue, đang xử lý quá hạn). The finished-only on-time"
                + " (trước hạn + đúng hạn over đã giải quyết, the letter's 151,606 / 152,243 ="
                + " 99.58 %) stays in the report for quoting the baseline")
        .build();
  }

  /** {@value #APOLOGY}: a public apology for every overdue dossier. */
  private static Requirement apology() {
    return TargetRule.builder()
        .rule(APOLOGY)
        .title("A written apology is issued for every overdue dossier")
        .article(
            "§1: «nghiêm túc thực hiện việc công khai xin lỗi người dân đối với các hồ sơ trễ hạn"
                + " theo quy định tại Quyết định số 30/2020/QĐ-UBND ngày 08/12/2020»; baseline:"
                + " «quy định của Chính phủ phải 100%»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.APOLOGY)
        .threshold(Ratio.ofPercent(100))
        .build();
  }

  /**
   * {@value #ONLINE_PAYMENT}: at least 30 % of fee-bearing dossiers paid online, in 2023.
   * <b>Reading:</b> the letter says «thanh toán trực tuyến trên Cổng dịch vụ công quốc gia»; a
   * dossier paid through the national portal ({@code DuocThanhToanTrucTuyen} 1) and one paid through
   * the provincial gateway (2) both count as paid online, as the national index counts them, and
   * the letter's baseline (3.71 %, 8.47 %) comes from that index. A province that reads the
   * letter as the national portal's platform only measures {@code
   * Indicator.ONLINE_PAYMENT_NATIONAL_PORTAL} instead (code 1 only).
   */
  private static Requirement onlinePayment() {
    return TargetRule.builder()
        .rule(ONLINE_PAYMENT)
        .title("At least 30 % of fee-bearing dossiers are paid online on the national portal in 2023")
        .article(
            "baseline: «Tỷ lệ hồ sơ phát sinh thanh toán trực tuyến trên Cổng dịch vụ công quốc gia"
                + " còn thấp … Theo quy định của Chính phủ trong năm 2023, tối thiểu phải đạt 30%»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.ONLINE_PAYMENT)
        .threshold(Ratio.ofPercent(30))
        .window(WINDOW_2023)
        .reading(
            "«thanh toán trực tuyến trên Cổng dịch vụ công quốc gia»: a dossier paid on the national"
                + " portal (DuocThanhToanTrucTuyen 1) and one paid through the provincial payment"
                + " gateway (2) both count as paid online, as the national index counts them; the"
                + " letter's baseline (3.71 % provincial, 8.47 % district) comes from that index;"
                + " to count code 1 only, measure online-payment.national-portal instead")
        .build();
  }

  /**
   * {@value #SECONDMENT_TERM}: an official seconded to the provincial centre serves 6 to 24 months
   * a term. <b>Reading</b> of "đối với các đơn vị sáp nhập quây đảm bảo 4 tháng/đơn vị" ("quây"
   * taken as a misprint of "quay", rotate): an official seconded by a merged unit (đơn vị sáp nhập)
   * must serve at least 4 months per term instead of 6, the 24-month maximum unchanged; "4 tháng/đơn
   * vị" is read per seconding unit's term, not as 4 months summed over the units merged. A term
   * runs from its first to its last day, both included: 1 Jan – 30 Jun is 6 months, and 24 months
   * and a few days is above 24 ({@link DurationRule}).
   */
  private static Requirement secondmentTerm() {
    return DurationRule.builder()
        .rule(SECONDMENT_TERM)
        .title(
            "An official seconded to the provincial public administration service centre serves"
                + " 6 to 24 months a term (merged units: at least 4 months)")
        .article(
            "§1: «đảm bảo tối thiểu ít nhất là 6 tháng/đợt và nhiều hơn không quá 24 tháng/đợt, đối"
                + " với các đơn vị sáp nhập quây đảm bảo 4 tháng/đơn vị» (Điều 11, Nghị định số"
                + " 61/2018/NĐ-CP)")
        .tiers(PROVINCE_AND_DISTRICTS)
        .minMonths(SECONDMENT_MIN_MONTHS)
        .maxMonths(SECONDMENT_MAX_MONTHS)
        .mergedUnitMinMonths(SECONDMENT_MERGED_UNIT_MIN_MONTHS)
        .reading(
            "\"4 tháng/đơn vị\": a term from a merged unit lasts at least 4 months (instead of 6),"
                + " at most 24; \"quây\" is read as \"quay\" (rotate) — each merged unit's term is"
                + " judged on its own, not summed over the units merged. A term counts its first and"
                + " its last day: 1 Jan – 30 Jun is 6 months, 24 months and 5 days is above 24. A term"
                + " that ended before 2023 is not judged")
        .build();
  }

  /**
   * {@value #FULL_ONLINE_PILOT_LIST}: every agency sends the list of simple, high-volume end-to-end
   * online services for the fully online pilot, «trước ngày 20/7/2023»: due 19 Jul 2023.
   */
  private static Requirement fullOnlinePilotList() {
    return DeadlineRule.builder()
        .rule(FULL_ONLINE_PILOT_LIST)
        .title(
            "Every agency sends its list of simple, high-volume end-to-end online services for the"
                + " fully online pilot")
        .article(
            "§1: «Chủ động rà soát các dịch vụ công trực tuyến toàn trình đơn giản, có số lượng hồ"
                + " sơ phát sinh cao … hoàn thành và gửi Văn phòng UBND tỉnh (Trung tâm Phục vụ hành"
                + " chính công tỉnh) tổng hợp trước ngày 20/7/2023»")
        .tiers(PROVINCE_AND_DISTRICTS)
        .responsible(
            "heads of provincial departments and chairs of district people's committees (Giám đốc"
                + " các Sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thành phố,"
                + " thị xã)")
        .schedule(Schedule.before(PILOT_LIST_BEFORE))
        .reading(dueReading("20/7/2023", "19 Jul 2023"))
        .build();
  }

  /**
   * {@value #FULL_ONLINE_PILOT_SUMMARY}: the provincial public administration service centre (tier
   * PROVINCIAL, role {@value #ROLE_HCC_CENTRE}), for the provincial People's Committee office,
   * compiles the list and submits the pilot to the province, «trước ngày 30/7/2023»: due 29 Jul
   * 2023.
   */
  private static Requirement fullOnlinePilotSummary() {
    return DeadlineRule.builder()
        .rule(FULL_ONLINE_PILOT_SUMMARY)
        .title(
            "The provincial public administration service centre compiles the list of end-to-end"
                + " services and submits the fully online pilot")
        .article(
            "§2: «Giao Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) … Tổng hợp"
                + " danh mục dịch vụ công trực tuyến toàn trình và trình UBND tỉnh triển khai thí"
                + " điểm …; hoàn thành trước ngày 30/7/2023»")
        .tiers(Sets.immutableEnumSet(Tier.PROVINCIAL))
        .role(ROLE_HCC_CENTRE)
        .responsible(
            "the provincial People's Committee office through the provincial public administration"
                + " service centre (Văn phòng UBND tỉnh — Trung tâm Phục vụ hành chính công tỉnh)")
        .schedule(Schedule.before(PILOT_SUMMARY_BEFORE))
        .reading(
            dueReading("30/7/2023", "29 Jul 2023")
                + "; addressed to one office: the provincial agency with the role "
                + ROLE_HCC_CENTRE)
        .build();
  }
}
