package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One line of a dossier's fees and charges (phí, lệ phí, {@code DanhSachLePhi[]}): its amount in
 * đồng ({@code Gia}). A dossier whose every line is 0 carries no fee.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeeLine.class)
@JsonDeserialize(as = ImmutableFeeLine.class)
public abstract class FeeLine {
  FeeLine() {}

  /** The amount in đồng, 0 or more. */
  @Value.Parameter
  public abstract long amount();

  /** A line of {@code amount} đồng. */
  public static FeeLine of(long amount) {
    return ImmutableFeeLine.of(amount);
  }

  @Value.Check
  void check() {
    checkArgument(amount() >= 0, "fee line amount must not be negative, got %s", amount());
  }
}
