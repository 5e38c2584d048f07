package io.github.motcua.kpi.rules.national766;

import static io.github.motcua.kpi.rules.national766.Qd766Counters.*;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.FixedCurve;
import io.github.motcua.kpi.rules.PointsRounding;
import io.github.motcua.kpi.rules.ProportionalCurve;
import io.github.motcua.kpi.rules.ScoreBand;
import io.github.motcua.kpi.rules.ScoreGroup;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.ScoringCurve;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DeadlineReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Quyết định 766/QĐ-TTg (23/6/2022), the national index of the service given to citizens and
 * businesses in administrative procedures and public services ({@code qd766}), as the national
 * public-service portal scores it in 2026: 100 points in six groups, per province, department and
 * commune, by month, quarter or year (docs/INDEX-766.md; reference cases: the portal's own counts
 * and points for Phú Thọ, 2026).
 *
 * <p><b>Groups and rules</b> (rule ids {@code qd766.<indicator>}; LIN(M) = M × rate, CAP(M, t) = M
 * × min(1, rate / t)):
 *
 * <ul>
 *   <li>{@value #TRANSPARENCY} (18): 1.1 LIN(6), 1.2 LIN(4), 1.3 LIN(2), 1.4 LIN(6);
 *   <li>{@value #PROGRESS} (20): 2.1 LIN(20);
 *   <li>{@value #ONLINE} (12): 3.1 CAP(2, 80 %), 3.2 LIN(4), 3.3 CAP(6, 50 %);
 *   <li>{@value #PAYMENT} (10): 3.5a CAP(2, 80 %), 3.5b CAP(2, 80 %), 3.6 LIN(6), rounded as the
 *       portal does ({@link PointsRounding#PERCENT_FIRST_BINARY}, its quirk), the exact figure kept;
 *   <li>{@value #DIGITISATION} (22): 4.1 LIN(6), 4.2 LIN(4), 4.3 CAP(2, 80 %), 4.4 LIN(4), 4.5a
 *       LIN(2), 4.5b LIN(2), 4.6 always 2;
 *   <li>{@value #SATISFACTION} (18): 5.2 LIN(6), 5.3 LIN(6), 5.4 CAP(6, 90 %); 5.1a and 5.1b carry
 *       no points (reported indicators).
 * </ul>
 *
 * <p>Points are rounded to two decimals half up from the exact ratio (groups 1, 2, 3a, 4, 5); a
 * group's points are the sum of its rounded indicator points, the total the sum of the groups.
 * With no value (0/0) an indicator scores as the portal prints it: none, adding 0 (1.x, 4.1 to
 * 4.5b), 0 (2.1, 3.x, 5.4), or the whole 6 (5.2, 5.3: a unit without petitions); a figure not
 * reported scores nothing. 4.6 is 2 points whatever the figures.
 *
 * <p><b>Bands.</b> The portal calls a unit with 90 points or more excellent (xuất sắc) and one
 * under 50 weak (yếu) (docs/INDEX-766.md). <b>Reading:</b> the decision's appendix could not be
 * read (S8) and no source names bands in between, so the library names none: 50 to under 90 is
 * one band, "từ 50 đến dưới 90 điểm".
 *
 * <p><b>Readings of the dossier path</b> (each rule's {@link ScoredRule#reading()} repeats its own,
 * with its confidence tag: [C] confirmed, [I] inferred, [U] unknown — sources S1 to S9 of
 * docs/INDEX-766.md): the cohort is {@link Qd766Counters#COHORT}; deadlines are judged by {@link
 * #DEADLINE_READING}; a dossier without a due date takes one from its procedure's legal processing
 * time through the working-day calendar (the reader derives it, as for every directive: the core
 * knows no calendar), and counts on time if its procedure has none; an absent flag counts as 0 (the
 * portal counts what is synced).
 */
public final class Qd766 {

  /** The directive id. */
  public static final String ID = "qd766";

  /** Group 1, «Công khai, minh bạch», 18 points. */
  public static final String TRANSPARENCY = "transparency";

  /** Group 2, «Tiến độ, kết quả giải quyết», 20 points. */
  public static final String PROGRESS = "dvc-progress-tree";

  /** Group 3a, «Cung cấp dịch vụ công trực tuyến», 12 points. */
  public static final String ONLINE = "provide-online-tree";

  /** Group 3b, «Thanh toán trực tuyến», 10 points. */
  public static final String PAYMENT = "formality-online-payment-tree";

  /** Group 4, «Số hoá hồ sơ», 22 points. */
  public static final String DIGITISATION = "dossier-digitized";

  /** Group 5, «Mức độ hài lòng», 18 points. */
  public static final String SATISFACTION = "handling-satisfaction";

  /**
   * How 2.1 (and 5.4, which builds on it) judges deadlines: instants compared to the second ({@code
   * NgayKetThucXuLy ≤ NgayHenTra}); the applicant's supplement time taken off a finished dossier's
   * end; more than one supplement request overdue; a dossier open at the period's end judged then,
   * or, when its one supplement request still awaits the applicant, at the instant of that
   * request. [C: S1, S4; the supplement rules I: S1]
   */
  public static final DeadlineReading DEADLINE_READING =
      DeadlineReading.builder()
          .comparison(DeadlineReading.Comparison.BY_INSTANT)
          .subtractSupplementWait(true)
          .overdueAboveSupplements(1)
          .build();

  private static final String SOURCE =
      "QĐ 766/QĐ-TTg (23/6/2022), Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân,"
          + " doanh nghiệp; chỉ số ";

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static final BigDecimal SIX = BigDecimal.valueOf(6);
  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

  private static final Directive DIRECTIVE =
      Directive.builder()
          .id(ID)
          .number("766/QĐ-TTg")
          .issuer("Thủ tướng Chính phủ")
          .date(LocalDate.of(2022, 6, 23))
          .year(2022)
          .title(
              "Phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh"
                  + " nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên"
                  + " môi trường điện tử")
          .addGroups(
              ScoreGroup.of(TRANSPARENCY, "Công khai, minh bạch"),
              ScoreGroup.of(PROGRESS, "Tiến độ, kết quả giải quyết"),
              ScoreGroup.of(ONLINE, "Cung cấp dịch vụ công trực tuyến"),
              ScoreGroup.of(PAYMENT, "Thanh toán trực tuyến"),
              ScoreGroup.of(DIGITISATION, "Số hoá hồ sơ"),
              ScoreGroup.of(SATISFACTION, "Mức độ hài lòng"))
          .addBands(
              ScoreBand.of(BigDecimal.valueOf(90), "excellent", "Xuất sắc"),
              ScoreBand.of(BigDecimal.valueOf(50), "from-50-to-90", "Từ 50 đến dưới 90 điểm"),
              ScoreBand.of(BigDecimal.ZERO, "weak", "Yếu"))
          .deadlineReading(DEADLINE_READING)
          .notAdditive(NOT_ADDITIVE)
          .addReportedIndicators(
              indicator("5.1a", "petitions about procedures and regulations", PETITIONS_CLASSIFIED_PROCEDURE, PETITIONS_CLASSIFIED_BASE),
              indicator("5.1b", "petitions about staff", PETITIONS_CLASSIFIED_STAFF, PETITIONS_CLASSIFIED_BASE))
          .addRequirements(
              rule("1.1", TRANSPARENCY, "Procedures published on time", "«Tỷ lệ TTHC công bố đúng hạn»",
                  PUBLISH_ON_TIME, PUBLISH_ON_TIME_BASE, lin(SIX).build(),
                  "aggregate only (publication decisions of the national procedure database); LIN(6) [C: S2, S4, S5];"
                      + " no value → no points [C: S4]"),
              rule("1.2", TRANSPARENCY, "Procedures updated and made public on time", "«Tỷ lệ TTHC được cập nhật, công khai đúng hạn»",
                  PUBLIC_UPDATE_ON_TIME, PUBLIC_UPDATE_ON_TIME_BASE, lin(FOUR).build(),
                  "aggregate only; LIN(4) [C: S2, S4]; no value → no points [C: S4]"),
              rule("1.3", TRANSPARENCY, "Procedures made public with every mandatory part",
                  "«Tỷ lệ TTHC được công khai có đầy đủ các nội dung quy định»",
                  PUBLIC_CONTENT_FULL, PUBLIC_CONTENT_FULL_BASE, lin(TWO).build(),
                  "aggregate only; LIN(2) [C: S4]; no value → no points [I: not observed]"),
              rule("1.4", TRANSPARENCY, "Dossiers synced to the national portal", "«Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG»",
                  DOSSIERS_SYNCED, DOSSIERS_SYNCED_BASE, lin(SIX).build(),
                  "aggregate only: the denominator is the national report system's count [I: S1; the portal"
                      + " still uses the synced count, TEMP_NATIONAL_REPORT_DENOMINATOR]; LIN(6); no value → no points [C: S4]"),
              rule("2.1", PROGRESS, "Dossiers processed on time or within their deadline", "«Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn»",
                  PROGRESS_ON_TIME, PROGRESS_RECEIVED, lin(TWENTY).noValuePoints(BigDecimal.ZERO).build(),
                  "cohort: received in the period, status neither 1 nor 3, withdrawn included [C: S1, S4, S6];"
                      + " no due date and no legal processing time → on time; a missing due date is derived from"
                      + " the legal time through the working-day calendar [I: S1]; more than one supplement request"
                      + " → overdue [I: S1]; end = NgayKetThucXuLy, or the period's end for a dossier open then;"
                      + " on time iff end − supplement wait ≤ NgayHenTra, to the second [C: S1, S4]; a finished"
                      + " dossier's wait is taken off; an open one whose one request awaits the applicant is judged"
                      + " at that request [I: S1]; a withdrawn dossier (7) with at most one request counts on time"
                      + " (the counting does not judge a withdrawn dossier's deadline; the portal judges its"
                      + " withdrawal instant) [I]; LIN(20); no value → 0 [C: S4]"),
              rule("3.1", ONLINE, "Procedures offered as online services", "«Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến»",
                  PROCEDURES_ONLINE, PROCEDURES_IN_AUTHORITY, cap(TWO, 80).noValuePoints(BigDecimal.ZERO).build(),
                  "aggregate only (catalogue); CAP(2, 80 %) [C: S1, S4]; no value → 0 [U: S6]"),
              rule("3.2", ONLINE, "Online services with online dossiers", "«Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến»",
                  ONLINE_SERVICES_WITH_DOSSIERS, ONLINE_SERVICES, lin(FOUR).noValuePoints(BigDecimal.ZERO).build(),
                  "aggregate only (online-service instances); LIN(4) [C: S4, S6]; no value → 0 [U]"),
              rule("3.3", ONLINE, "Dossiers submitted online", "«Tỷ lệ hồ sơ TTHC theo hình thức nộp»",
                  CHANNEL_ONLINE, CHANNEL_TOTAL, cap(SIX, 50).noValuePoints(BigDecimal.ZERO).build(),
                  "online = KenhThucHien 2, over the cohort; the electronic-result filter and the 1.4 sync"
                      + " multiplier are not applied [U: S1 has both, untested]; CAP(6, 50 %) [C: S1, S4, S6]; no value → 0 [U: S6]"),
              rule("3.5a", PAYMENT, "Fee-bearing procedures integrated for online payment",
                  "«Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được tích hợp để thanh toán trực tuyến»",
                  FEE_PROCEDURES_INTEGRATED, FEE_PROCEDURES, portal(cap(TWO, 80)),
                  "procedures with a dossier of the cohort carrying a fee above 0, over the fee-bearing procedures"
                      + " the unit offers (or with such a dossier) [C: S1, S5]; CAP(2, 80 %) [C: S3]; no value → 0 [C: S3, S4];"
                      + " rounded as the portal does (its quirk: percentage first, binary floating point), exact figure kept [C: S4]"),
              rule("3.5b", PAYMENT, "Fee-bearing procedures with an online payment", "«Tỷ lệ TTHC có giao dịch thanh toán trực tuyến»",
                  FEE_PROCEDURES_PAID_ONLINE, FEE_PROCEDURES_WITH_DOSSIERS, portal(cap(TWO, 80)),
                  "procedures with a dossier paid online (DuocThanhToanTrucTuyen 1 or 2); the denominator as 3.5a's,"
                      + " which it equals in every reference row [I: S3]; CAP(2, 80 %) [C: S3]; no value → 0;"
                      + " rounded as the portal does, exact figure kept"),
              rule("3.6", PAYMENT, "Fee-bearing dossiers paid online", "«Tỷ lệ hồ sơ thanh toán trực tuyến»",
                  DOSSIERS_PAID_ONLINE, DOSSIERS_FINANCIAL_OBLIGATION, portal(lin(SIX)),
                  "denominator: dossiers of the cohort carrying a fee above 0 (fee lines all 0 excluded; without fee"
                      + " lines, the procedure's fee flag) [I: S1]; numerator: paid online, DuocThanhToanTrucTuyen 1"
                      + " or 2 [C: S1, S5]; LIN(6) [C: S3, S4]; no value → 0; rounded as the portal does (295/377 →"
                      + " 4.70, exactly 4.69), exact figure kept [C: S4]"),
              rule("4.1", DIGITISATION, "Dossiers with an electronic result", "«Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử»",
                  ORIGINAL_RESULT_AVAILABLE, ORIGINAL_RESULT_AVAILABLE_BASE, lin(SIX).build(),
                  "MaKetQua and DuongDanTepTinKetQua both present, over the cohort [I: S1 restricts to procedures"
                      + " requiring a paper result; the portal's denominator is every dossier, S4]; LIN(6) [C]; no value → no points [C: S4]"),
              rule("4.2", DIGITISATION, "Dossiers digitised", "«Tỷ lệ hồ sơ thực hiện số hoá hồ sơ»",
                  DOSSIERS_DIGITIZED, DOSSIERS_DIGITIZED_BASE, lin(FOUR).build(),
                  "HoSoCoThanhPhanSoHoa 1 and, for status 9 or 10, an electronic result [I: S1, S6]; LIN(4) [C: S3, S4];"
                      + " no value → no points [C: S4]"),
              rule("4.3", DIGITISATION, "Dossiers reusing digitised data", "«Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hoá»",
                  REUSED_DIGITIZED_DATA, REUSED_DIGITIZED_DATA_BASE, cap(TWO, 80).build(),
                  "HoSoCoThanhPhanSoHoa 1 [I: S1]; CAP(2, 80 %) [C: S1, S3, S4, S6]; no value → no points [C: S4]"),
              rule("4.4", DIGITISATION, "Dossiers linked to the personal data store",
                  "«Tỷ lệ hồ sơ số hoá có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng»",
                  PERSONAL_STORAGE, PERSONAL_STORAGE_BASE, lin(FOUR).build(),
                  "a component with DuocLayTuKhoDMQG 1 (a result pushed to the citizen's store is not in the sync"
                      + " format) [I: S1]; LIN(4) [I: every observation is 0]; no value → no points"),
              rule("4.5a", DIGITISATION, "Procedures connected to citizen data", "«Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư»",
                  CITIZEN_DATA_PROCEDURES, CITIZEN_DATA_PROCEDURES_BASE, lin(TWO).build(),
                  "procedures with a dossier of the cohort whose account is VNeID-authenticated, with a component"
                      + " from the personal store or from a national database (MaCSDL), over the procedures the unit"
                      + " offers or has dossiers of (the catalogue does not say which serve citizens) [I: S1];"
                      + " LIN(2) [C: S4]; no value → no points"),
              rule("4.5b", DIGITISATION, "Dossiers using citizen data", "«Tỷ lệ hồ sơ có sử dụng thông tin, dữ liệu dân cư»",
                  CITIZEN_DATA_DOSSIERS, CITIZEN_DATA_DOSSIERS_BASE, lin(TWO).build(),
                  "TaiKhoanDuocXacThucVoiVNeID 1, over the cohort [I: S1]; LIN(2) [C: S4]; no value → no points [C: S4]"),
              rule("4.6", DIGITISATION, "Electronic certified copies", "«Chứng thực bản sao điện tử từ bản chính»",
                  ELECTRONIC_CERTIFIED_COPY, ELECTRONIC_CERTIFIED_COPY_BASE, FixedCurve.of(TWO),
                  "the portal prints no counts, a ratio of 100 and 2 points for every unit [C: S4]: always 2"),
              rule("5.2", SATISFACTION, "Petitions handled on time", "«Tỷ lệ PAKN xử lý đúng hạn»",
                  PETITIONS_ON_TIME, PETITIONS_ON_TIME_BASE, lin(SIX).noValuePoints(SIX).build(),
                  "aggregate only (petitions); LIN(6) [C: S3, S4]; no petitions → the whole 6 [C: S3, S4]"),
              rule("5.3", SATISFACTION, "Petitions handled to satisfaction", "«Tỷ lệ hài lòng trong xử lý PAKN»",
                  PETITIONS_SATISFIED, PETITIONS_SATISFIED_BASE, lin(SIX).noValuePoints(SIX).build(),
                  "aggregate only (petitions); LIN(6) [C: S3, S4]; no petitions → the whole 6 [C: S3, S4]"),
              rule("5.4", SATISFACTION, "Dossiers on time without dissatisfaction",
                  "«Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC»",
                  DOSSIERS_SATISFIED, DOSSIERS_SATISFIED_BASE, cap(SIX, 90).noValuePoints(BigDecimal.ZERO).build(),
                  "on time by 2.1 and not rated dissatisfied (DanhGia 2); without petition data no dossier has a"
                      + " petition [I: S1]; CAP(6, 90 %) [C: S1, S3, S4]; no value → 0 [C: S3, S4]"))
          .build();

  private Qd766() {}

  /** The directive {@code qd766}. */
  public static Directive directive() {
    return DIRECTIVE;
  }

  /** The rule id of indicator {@code indicator} ({@code 2.1} → {@code qd766.2.1}). */
  public static String rule(String indicator) {
    return ID + "." + indicator;
  }

  /**
   * Whether a counter's figures add up over units, so that a pooled unit (a province over its
   * departments and communes) can be scored on their sum: every counter but the reported
   * procedure counts of groups 1 and 3a, which a pooled unit takes from its own row.
   */
  public static boolean poolable(Counter counter) {
    return DIRECTIVE.additive(counter);
  }

  private static ProportionalCurve.Builder lin(BigDecimal max) {
    return ProportionalCurve.builder().maximum(max).fullAt(Ratio.of(1, 1));
  }

  private static ProportionalCurve.Builder cap(BigDecimal max, long percent) {
    return ProportionalCurve.builder().maximum(max).fullAt(Ratio.ofPercent(percent));
  }

  private static ProportionalCurve portal(ProportionalCurve.Builder curve) {
    return curve.noValuePoints(BigDecimal.ZERO).rounding(PointsRounding.PERCENT_FIRST_BINARY).build();
  }

  private static Indicator indicator(String id, String description, Counter numerator, Counter denominator) {
    return Indicator.of(rule(id), description, numerator, denominator);
  }

  private static ScoredRule rule(
      String id,
      String group,
      String title,
      String vietnamese,
      Counter numerator,
      Counter denominator,
      ScoringCurve curve,
      String reading) {
    return ScoredRule.builder()
        .rule(rule(id))
        .title(title)
        .article(SOURCE + id + " " + vietnamese + ", as the national portal describes and scores it")
        .tiers(EnumSet.allOf(Tier.class))
        .indicator(indicator(id, title.toLowerCase(Locale.ROOT), numerator, denominator))
        .curve(curve)
        .group(group)
        .reading(reading)
        .build();
  }
}
