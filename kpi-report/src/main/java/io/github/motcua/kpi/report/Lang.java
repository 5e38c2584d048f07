package io.github.motcua.kpi.report;

import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The language a report is printed in for people (ngôn ngữ). Vietnamese is the default: what an
 * official reads and signs is Vietnamese — verdict words, headings, dates as {@code dd/mm/yyyy}, a
 * decimal comma ({@code 11,54}), a dot between thousands ({@code 1.534}). English is on request.
 * Machine outputs (JSON, CSV) do not depend on it.
 *
 * <p>No value (a rate of 0/0, a counter not reported) is printed as {@link #NO_VALUE} "–", with a
 * note, never as 0 % or 100 %.
 */
public enum Lang {
  /** Tiếng Việt: the default. */
  VI(Locale.forLanguageTag("vi-VN"), ','),
  /** English. */
  EN(Locale.ENGLISH, '.');

  /** What a cell with no value shows. */
  public static final String NO_VALUE = "–";

  private final Locale locale;
  private final char decimalSeparator;

  Lang(Locale locale, char decimalSeparator) {
    this.locale = locale;
    this.decimalSeparator = decimalSeparator;
  }

  /** The language by its code, {@code vi} or {@code en} (any case). */
  public static Lang of(String code) {
    for (Lang l : values()) {
      if (l.name().equalsIgnoreCase(code.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "'; known: vi, en");
  }

  /** The locale of the language. */
  public Locale locale() {
    return locale;
  }

  /** Picks the Vietnamese or the English text. */
  public String pick(String vietnamese, String english) {
    return this == VI ? vietnamese : english;
  }

  /** A count with thousands grouped: {@code 1.534} in Vietnamese, {@code 1,534} in English. */
  public String count(long n) {
    DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.ROOT);
    s.setGroupingSeparator(this == VI ? '.' : ',');
    s.setMinusSign('-');
    return new DecimalFormat("#,##0", s).format(n);
  }

  /**
   * A decimal with its decimal separator: {@code 11,54} in Vietnamese, {@code 11.54} in English
   * (the digits as given, no grouping).
   */
  public String decimal(BigDecimal value) {
    return value.toPlainString().replace('.', decimalSeparator);
  }

  /**
   * A rate as a percentage rounded half up to {@code scale} decimals once from the exact value,
   * without the sign; {@link #NO_VALUE} for no value (0/0).
   */
  public String percent(Ratio rate, int scale) {
    return rate.hasValue() ? decimal(rate.percent(scale)) : NO_VALUE;
  }

  /** Points at two decimals, half up. */
  public String points(BigDecimal points) {
    return decimal(points.setScale(2, RoundingMode.HALF_UP));
  }

  /** A date: {@code 31/03/2020} in Vietnamese, {@code 2020-03-31} in English. */
  public String date(LocalDate date) {
    return this == VI ? date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) : date.toString();
  }

  /** A period: «từ ngày 01/01/2020 đến ngày 31/03/2020», or «1 Jan 2020 – 31 Mar 2020». */
  public String period(io.github.motcua.kpi.model.Period period) {
    return this == VI
        ? "từ ngày " + date(period.start()) + " đến ngày " + date(period.end())
        : date(period.start()) + " to " + date(period.end());
  }

  /**
   * A verdict in words: Đạt, Không đạt, Đã chấm điểm, Chưa có số liệu, Không áp dụng, Hoàn thành
   * đúng hạn, Hoàn thành quá hạn, Chưa đến hạn, Quá hạn chưa hoàn thành.
   */
  public String verdict(Verdict v) {
    switch (v) {
      case MET:
        return pick("Đạt", "Met");
      case NOT_MET:
        return pick("Không đạt", "Not met");
      case SCORED:
        return pick("Chấm điểm", "Scored");
      case NO_DATA:
        return pick("Chưa có số liệu", "No data");
      case NOT_APPLICABLE:
        return pick("Không áp dụng", "Not applicable");
      case DONE_ON_TIME:
        return pick("Hoàn thành đúng hạn", "Done on time");
      case DONE_LATE:
        return pick("Hoàn thành quá hạn", "Done late");
      case PENDING:
        return pick("Chưa đến hạn", "Not yet due");
      case OVERDUE:
      default:
        return pick("Quá hạn chưa hoàn thành", "Overdue, not done");
    }
  }

  /** A tier's group heading: «Cấp tỉnh», «Cấp huyện», «Cấp xã». */
  public String tier(Tier tier) {
    switch (tier) {
      case PROVINCIAL:
        return pick("Cấp tỉnh", "Provincial");
      case DISTRICT:
        return pick("Cấp huyện", "District");
      case COMMUNE:
      default:
        return pick("Cấp xã", "Commune");
    }
  }

  /** The roman numeral of a group: I, II, III, IV. */
  static String roman(int n) {
    return new String[] {"I", "II", "III", "IV", "V", "VI"}[n - 1];
  }
}
