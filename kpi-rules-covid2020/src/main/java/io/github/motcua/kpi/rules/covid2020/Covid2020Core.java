package io.github.motcua.kpi.rules.covid2020;

import com.google.common.collect.Sets;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.TargetRule;
import java.time.LocalDate;
import java.util.Set;

/**
 * The requirements the COVID-2020 directives share ({@code covid2020.*}), from Công văn
 * 2552/VPCP-KSTT of 2 Apr 2020 as each province relays it (docs/DIRECTIVES.md, "COVID-2020 — common
 * core"):
 *
 * <ul>
 *   <li>{@value #EDOC_FOUR_LEVELS} — every agency sends and receives electronic documents
 *       (văn bản điện tử) across the four levels of government, «trước ngày 30/6/2020»: due 29 Jun
 *       2020, the day before, as «trước ngày X» is read in every rule;
 *   <li>{@value #WORK_RECORDS_ONLINE} — non-classified work records (hồ sơ công việc, trừ hồ sơ
 *       mật) processed on the network: at least 60 % for tier PROVINCIAL, 30 % for tier DISTRICT,
 *       in 2020.
 * </ul>
 *
 * <p>The third common point, promoting level-3/4 online services, sets no number in any of the three
 * texts and is not a rule (Quảng Trị's appendix scores it: {@link Qt1501#ONLINE_RATE_POINTS}).
 *
 * <p>Each directive builds these requirements with its own article (its own words and paragraph);
 * the rule id, tiers, due date, thresholds and window are fixed here, once.
 */
final class Covid2020Core {

  /** Rule id: electronic documents sent and received across the levels of government. */
  public static final String EDOC_FOUR_LEVELS = "covid2020.edoc-four-levels";

  /** Rule id: work records processed on the network, 60 % provincial, 30 % district. */
  public static final String WORK_RECORDS_ONLINE = "covid2020.work-records-online";

  /** The day named in «trước ngày 30/6/2020» ({@value #EDOC_FOUR_LEVELS}). */
  public static final LocalDate EDOC_BEFORE = LocalDate.of(2020, 6, 30);

  /** The due date of {@value #EDOC_FOUR_LEVELS}: 29 Jun 2020, the day before 30 Jun, strictly read. */
  public static final LocalDate EDOC_DUE = LocalDate.of(2020, 6, 29);

  /** The work-records target for tier PROVINCIAL: "60% đối với cấp tỉnh". */
  public static final Ratio WORK_RECORDS_PROVINCIAL_TARGET = Ratio.ofPercent(60);

  /** The work-records target for tier DISTRICT: "30% đối với cấp huyện". */
  public static final Ratio WORK_RECORDS_DISTRICT_TARGET = Ratio.ofPercent(30);

  /** The window of the work-records target: the year 2020. */
  public static final Period WINDOW_2020 = Period.year(2020);

  /** The tiers every COVID-2020 directive addresses: provincial departments and districts. */
  static final Set<Tier> PROVINCE_AND_DISTRICTS =
      Sets.immutableEnumSet(Tier.PROVINCIAL, Tier.DISTRICT);

  private static final String EDOC_RESPONSIBLE =
      "every provincial department and district people's committee (các cơ quan, đơn vị, địa"
          + " phương)";

  private static final String EDOC_DUE_READING =
      "«trước ngày 30/6/2020» = due on 29 Jun 2020, the day before, as the words say and as"
          + " «trước ngày X» is read in every rule (done on the 30th is late); the inclusive reading"
          + " (due on the 30th) is an evaluation option";

  private Covid2020Core() {}

  /**
   * {@value #EDOC_FOUR_LEVELS} in the national wording: documents exchanged across the four levels
   * of government (central, provincial, district, commune), due 29 Jun 2020 («trước ngày
   * 30/6/2020»).
   *
   * @param article the directive's reference and quoted phrase
   */
  static DeadlineRule edocFourLevels(String article) {
    return edoc(
        "Every agency sends and receives electronic documents across the four levels of government"
            + " (central, provincial, district, commune)",
        article,
        EDOC_DUE_READING);
  }

  /**
   * {@value #EDOC_FOUR_LEVELS} in Trà Vinh's wording, "các cấp chính quyền trên địa bàn tỉnh": the
   * levels of government in the province (provincial, district, commune) rather than the four
   * levels, which include the central government. Same rule id, due date and tiers; the title and
   * reading say how the scope differs.
   *
   * @param article the directive's reference and quoted phrase
   */
  static DeadlineRule edocLevelsInProvince(String article) {
    return edoc(
        "Every agency sends and receives electronic documents across the levels of government in"
            + " the province (provincial, district, commune)",
        article,
        EDOC_DUE_READING
            + "; \"các cấp chính quyền trên địa bàn tỉnh\" names the levels within the province,"
            + " not the four levels with the central government: the task is judged the same way,"
            + " its scope is narrower");
  }

  private static DeadlineRule edoc(String title, String article, String reading) {
    return DeadlineRule.builder()
        .rule(EDOC_FOUR_LEVELS)
        .title(title)
        .article(article)
        .tiers(PROVINCE_AND_DISTRICTS)
        .responsible(EDOC_RESPONSIBLE)
        .schedule(Schedule.before(EDOC_BEFORE))
        .reading(reading)
        .build();
  }

  /**
   * {@value #WORK_RECORDS_ONLINE}: at least 60 % (tier PROVINCIAL) or 30 % (tier DISTRICT) of
   * non-classified work records processed on the network, in 2020.
   *
   * @param article the directive's reference and quoted phrase
   */
  static TargetRule workRecordsOnline(String article) {
    return TargetRule.builder()
        .rule(WORK_RECORDS_ONLINE)
        .title(
            "Non-classified work records are processed on the network: at least 60 % for provincial"
                + " departments, 30 % for districts")
        .article(article)
        .tiers(PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.WORK_RECORDS_ONLINE_RATE)
        .threshold(WORK_RECORDS_PROVINCIAL_TARGET)
        .putThresholdByTier(Tier.PROVINCIAL, WORK_RECORDS_PROVINCIAL_TARGET)
        .putThresholdByTier(Tier.DISTRICT, WORK_RECORDS_DISTRICT_TARGET)
        .window(WINDOW_2020)
        .build();
  }
}
