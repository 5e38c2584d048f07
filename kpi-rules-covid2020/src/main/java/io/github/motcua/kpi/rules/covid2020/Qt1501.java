package io.github.motcua.kpi.rules.covid2020;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.ScoredRule;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Quảng Trị, Công văn 1501/UBND-VX of 8 Apr 2020 ({@code qt1501}): "V/v Tăng cường ứng dụng CNTT
 * trong giải quyết công việc, thủ tục hành chính" (source: {@code docs/sources/000_84af57da2075a062.txt};
 * docs/DIRECTIVES.md, "QT-1501").
 *
 * <p>The common core — {@code covid2020.edoc-four-levels} (four
 * levels of government, «trước ngày 30/6/2020»: due 29 Jun 2020) and {@code covid2020.work-records-online} (60 % /
 * 30 %, 2020) — plus the appendix's scoring {@value #ONLINE_RATE_POINTS}: per agency, the combined
 * online rate of level-3 and level-4 dossiers (col. 13 = (7+10)/(8+11)) turned into points (col.
 * 14) by a {@link LinearCurve}: target {@link #POINTS_TARGET} (20 %), floor {@link #POINTS_FLOOR}
 * (10 %), maximum {@link #POINTS_MAXIMUM} (1), {@link #POINTS_SCALE} (2) decimals half up.
 *
 * <p>The appendix covers 1 Jan – 31 Mar 2020, so the {@linkplain Directive#defaultPeriod() default
 * period} is 2020-Q1. Agencies under one point are those the letter names: "Các đơn vị, địa
 * phương có số hồ sơ trực tuyến phát sinh thấp … cần nỗ lực để nâng cao tỉ lệ hồ sơ phát sinh trực
 * tuyến". The quarter ends before the letter (8 Apr 2020): the points are given for it, as the
 * appendix gives them (a score measures, it sets no obligation), while the work-records target is
 * not held against it.
 *
 * <p><b>Reported indicators.</b> Besides the combined rate its points score, the report carries
 * {@code online-rate.level3} (col. 9 = 7/8) and {@code online-rate.level4} (col. 12 = 10/11), so
 * the appendix can be rebuilt from the report alone ({@link Directive#reportedIndicators()}).
 */
public final class Qt1501 {

  /** The directive id. */
  public static final String ID = "qt1501";

  /** Rule id: points for the combined level-3/4 online rate (appendix, col. 14). */
  public static final String ONLINE_RATE_POINTS = "qt1501.online-rate-points";

  /** The rate from which an agency gets the full point: 20 %. */
  public static final Ratio POINTS_TARGET = Ratio.ofPercent(20);

  /**
   * The rate below which an agency gets no point: 10 % (at 10 % exactly, 0.50). The appendix prints
   * points, not the floor: any floor above 6/130 = 4.62 % (Triệu Phong, printed 0) and at most 3/26 =
   * 11.54 % (Gio Linh, printed 0.58) reproduces every printed point; 10 % is the choice.
   */
  public static final Ratio POINTS_FLOOR = Ratio.ofPercent(10);

  /** The most points an agency gets: 1. */
  public static final BigDecimal POINTS_MAXIMUM = BigDecimal.ONE;

  /** The decimals points are printed with, rounded half up: 2. */
  public static final int POINTS_SCALE = 2;

  /**
   * The appendix's curve: rate ≥ 20 % → 1; 10 % ≤ rate &lt; 20 % → rate / 20 %; below 10 % or no
   * value → 0; two decimals, half up.
   */
  public static final LinearCurve POINTS_CURVE =
      LinearCurve.of(POINTS_TARGET, POINTS_FLOOR, POINTS_MAXIMUM, POINTS_SCALE);

  /** The period of the appendix: 1 Jan – 31 Mar 2020. */
  public static final Period APPENDIX_PERIOD = Period.quarter(2020, 1);

  private static final Directive DIRECTIVE =
      Directive.builder()
          .id(ID)
          .number("1501/UBND-VX")
          .issuer("UBND tỉnh Quảng Trị")
          .date(LocalDate.of(2020, 4, 8))
          .year(2020)
          .title("V/v Tăng cường ứng dụng CNTT trong giải quyết công việc, thủ tục hành chính")
          .defaultPeriod(APPENDIX_PERIOD)
          .percentScale(1)
          .addReportedIndicators(Indicator.ONLINE_RATE_LEVEL3, Indicator.ONLINE_RATE_LEVEL4)
          .addRequirements(
              Covid2020Core.edocFourLevels(
                  "¶2: «Giao Văn phòng UBND tỉnh (Trung tâm Tin học tỉnh) kiểm tra, hỗ trợ các cơ"
                      + " quan, đơn vị, địa phương để bảo đảm hoàn thành việc gửi, nhận văn bản"
                      + " điện tử 4 cấp chính quyền trước ngày 30/6/2020»"),
              Covid2020Core.workRecordsOnline(
                  "¶2: «chỉ tiêu xử lý hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng (60%"
                      + " đối với cấp tỉnh và 30% đối với cấp huyện)»"),
              onlineRatePoints())
          .build();

  private Qt1501() {}

  /** The directive {@code qt1501}. */
  public static Directive directive() {
    return DIRECTIVE;
  }

  /**
   * {@value #ONLINE_RATE_POINTS}. A score, not a target: the letter sets no rate to reach, its
   * appendix prints points, so the verdict is SCORED with the points and the curve. <b>Reading</b>
   * (docs/DIRECTIVES.md; the document prints the points, not the formula, and every row of the appendix
   * fits it): combined rate ≥ 20 % → 1 point; 10 % ≤ rate &lt; 20 % → rate / 20 % (Gio Linh: 3/26
   * = 11.54 % → 0.58); rate &lt; 10 % → 0; no value (0/0) → 0; points rounded to two decimals half
   * up. The floor is not printed: any floor above 4.62 % (Triệu Phong, 6/130, printed 0) and at
   * most 11.54 % (Gio Linh, 3/26, printed 0.58) reproduces every printed point of the district
   * table; 10 % is the choice, half the full-point rate.
   */
  private static ScoredRule onlineRatePoints() {
    return ScoredRule.builder()
        .rule(ONLINE_RATE_POINTS)
        .title("Points for the online rate of level-3 and level-4 dossiers (appendix, col. 14)")
        .article(
            "¶5 and appendix: «Các đơn vị, địa phương có số hồ sơ trực tuyến phát sinh thấp trong"
                + " những tháng đầu năm 2020 (Phụ lục gửi kèm) cần nỗ lực để nâng cao tỉ lệ hồ sơ"
                + " phát sinh trực tuyến»; «Tỉ lệ % MD 3&4 (13)=((7)+(10))/(8+(11)) … Điểm (14)»")
        .tiers(Covid2020Core.PROVINCE_AND_DISTRICTS)
        .indicator(Indicator.ONLINE_RATE_LEVEL34)
        .curve(POINTS_CURVE)
        .reading(
            "a score, not a target: the letter sets no rate to reach, the appendix prints points."
                + " The curve is reconstructed from every row of the appendix (it prints points, not"
                + " the formula): combined rate ≥ 20 % → 1; 10 % ≤ rate < 20 % → rate / 20 %; below"
                + " 10 % → 0; no value (0/0) → 0; two decimals, half up. The floor is not printed: any"
                + " floor above 4.62 % (Triệu Phong, 6/130, printed 0) and at most 11.54 % (Gio Linh,"
                + " 3/26, printed 0.58) reproduces every printed point; 10 % is the choice, half the"
                + " full-point rate. Points are given for the appendix's quarter, which ends before"
                + " the letter, as the appendix gives them")
        .build();
  }
}
