package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A band of total points a directive names (xếp loại): an agency whose points reach {@link #from()}
 * (and no higher band's) is in it. QĐ 766's portal calls a unit with 90 points or more excellent
 * (xuất sắc) and one under 50 weak (yếu).
 */
@Value.Immutable
public abstract class ScoreBand {
  ScoreBand() {}

  /** The lowest total in the band, included. */
  @Value.Parameter
  public abstract BigDecimal from();

  /** The band's key in JSON, e.g. {@code excellent}. */
  @Value.Parameter
  public abstract String key();

  /** The band as an official reads it, in Vietnamese, e.g. {@code Xuất sắc}. */
  @Value.Parameter
  public abstract String label();

  /** A band from {@code from} points. */
  public static ScoreBand of(BigDecimal from, String key, String label) {
    return ImmutableScoreBand.of(from, key, label);
  }

  @Value.Check
  void check() {
    checkArgument(from().signum() >= 0, "band %s starts below 0 (%s)", key(), from());
    checkArgument(!key().isBlank() && !label().isBlank(), "a band from %s has no key or label", from());
  }
}
