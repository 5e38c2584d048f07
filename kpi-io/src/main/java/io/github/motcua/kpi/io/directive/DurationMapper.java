package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code kind: duration}: {@code min-months}, {@code max-months} and, where the directive sets one,
 * {@code merged-unit-min-months} (the minimum for a merged unit).
 */
final class DurationMapper extends KindMapper<DurationRule> {

  DurationMapper() {
    super(Requirement.Kind.DURATION, DurationRule.class, List.of("min-months", "max-months", "merged-unit-min-months"));
  }

  @Override
  Optional<Function<Requirement, Optional<Requirement>>> read(Fields f, Definitions defs) {
    Optional<Integer> min = f.required("min-months", "the fewest months a term may last").flatMap(n -> f.integer("min-months"));
    Optional<Integer> max = f.required("max-months", "the most months a term may last").flatMap(n -> f.integer("max-months"));
    boolean merged = f.has("merged-unit-min-months");
    Optional<Integer> mergedMin = merged ? f.integer("merged-unit-min-months") : Optional.empty();
    if (min.isEmpty() || max.isEmpty() || merged && mergedMin.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(common -> {
      DurationRule.Builder b = DurationRule.builder().from(common).minMonths(min.get()).maxMonths(max.get());
      mergedMin.ifPresent(b::mergedUnitMinMonths);
      return Optional.of(b.build());
    });
  }

  @Override
  void writeKeys(DurationRule r, ObjectNode out) {
    out.put("min-months", r.minMonths());
    out.put("max-months", r.maxMonths());
    r.mergedUnitMinMonths().ifPresent(m -> out.put("merged-unit-min-months", m));
  }
}
