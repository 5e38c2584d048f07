package io.github.motcua.kpi.eval;

import java.math.BigDecimal;
import java.util.Optional;

/** Changes against the previous period's report: points now − points then, where both are given. */
final class Changes {
  private Changes() {}

  /** {@code now − then}, a missing side counting 0, when there was a figure then. */
  static Optional<BigDecimal> of(Optional<BigDecimal> now, Optional<BigDecimal> then) {
    return then.map(t -> now.orElse(BigDecimal.ZERO).subtract(t));
  }

  /** The result with its change against the same rule's result then, for scores. */
  static RuleResult result(RuleResult now, Optional<AgencyReport> then) {
    if (then.isEmpty() || now.max().isEmpty()) {
      return now;
    }
    Optional<RuleResult> before = then.get().result(now.rule());
    if (before.isEmpty()) {
      return now;
    }
    BigDecimal was = before.get().points().orElse(BigDecimal.ZERO);
    return RuleResult.builder().from(now).change(now.points().orElse(BigDecimal.ZERO).subtract(was)).build();
  }
}
