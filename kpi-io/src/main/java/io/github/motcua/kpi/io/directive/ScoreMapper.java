package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.ScoringCurve;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code kind: score}: {@code indicator} and {@code curve} (see {@link CurveMapper}). */
final class ScoreMapper extends KindMapper<ScoredRule> {

  ScoreMapper() {
    super(Requirement.Kind.SCORE, ScoredRule.class, List.of("indicator", "curve"));
  }

  @Override
  Optional<Function<Requirement, Optional<Requirement>>> read(Fields f, Definitions defs) {
    Optional<Indicator> indicator = RequirementMapper.indicator(f, defs);
    Optional<ScoringCurve> curve = f.required("curve", "{type: linear, full-at, zero-below, max-points, scale} or {type: step, steps}")
        .flatMap(n -> CurveMapper.read(n, f.path("curve"), f.problems()));
    if (indicator.isEmpty() || curve.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(common ->
        Optional.of(ScoredRule.builder().from(common).indicator(indicator.get()).curve(curve.get()).build()));
  }

  @Override
  void writeKeys(ScoredRule r, ObjectNode out) {
    out.put("indicator", r.indicator().id());
    out.set("curve", CurveMapper.write(r.curve()));
  }
}
