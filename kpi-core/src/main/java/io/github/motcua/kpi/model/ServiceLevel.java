package io.github.motcua.kpi.model;

import java.util.Locale;

/**
 * The level at which a procedure is offered as an online public service (dịch vụ công trực tuyến
 * mức độ).
 *
 * <p>Level 3 (mức độ 3): the dossier can be submitted online. Level 4 (mức độ 4): also paid for
 * online and the result returned online. Since 2022 the national terms are "một phần" (partial,
 * ≈ level 3, {@link #PARTIAL}) and "toàn trình" (end to end, ≈ level 4, {@link #FULL}).
 */
public enum ServiceLevel {
  /** Levels 1 and 2: information and forms only, no online submission. */
  AT_MOST_2(2),
  /** Level 3 (mức độ 3): online submission. */
  LEVEL_3(3),
  /** Level 4 (mức độ 4): online submission, payment and result. */
  LEVEL_4(4);

  /** The 2022 name "dịch vụ công trực tuyến một phần", taken as level 3. */
  public static final ServiceLevel PARTIAL = LEVEL_3;

  /** The 2022 name "dịch vụ công trực tuyến toàn trình", taken as level 4. */
  public static final ServiceLevel FULL = LEVEL_4;

  private final int number;

  ServiceLevel(int number) {
    this.number = number;
  }

  /** The level as a number: 2 (for 1 and 2), 3 or 4. */
  public int number() {
    return number;
  }

  /** Whether dossiers can be submitted online at this level (3 or 4). */
  public boolean isOnline() {
    return number >= 3;
  }

  /**
   * The level for a number (1 and 2 both give {@link #AT_MOST_2}).
   *
   * @throws IllegalArgumentException if {@code number} is not 1 to 4
   */
  public static ServiceLevel of(int number) {
    switch (number) {
      case 1:
      case 2:
        return AT_MOST_2;
      case 3:
        return LEVEL_3;
      case 4:
        return LEVEL_4;
      default:
        throw new IllegalArgumentException("service level must be 1 to 4, got " + number);
    }
  }

  /**
   * Parses {@code 2}, {@code 3}, {@code 4}, {@code partial}/{@code một phần} or
   * {@code full}/{@code toàn trình} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the text if it is none of those
   */
  public static ServiceLevel parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "1":
      case "2":
        return AT_MOST_2;
      case "3":
      case "partial":
      case "một phần":
        return LEVEL_3;
      case "4":
      case "full":
      case "toàn trình":
        return LEVEL_4;
      default:
        throw new IllegalArgumentException(
            "service level must be 2, 3, 4, partial or full, got '" + text + "'");
    }
  }
}
