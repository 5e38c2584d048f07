package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.ScoringCurve;
import io.github.motcua.kpi.rules.StepCurve;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A score's {@code curve}: {@code {type: linear, full-at, zero-below, max-points, scale}} — the
 * maximum from {@code full-at} %, proportional from {@code zero-below} % (default 0), none below —
 * or {@code {type: step, steps: [{at, points}, …], scale}}; points rounded half up to {@code scale}
 * decimals (default 2). The core's {@link LinearCurve} and {@link StepCurve} check the numbers.
 */
final class CurveMapper {
  static final List<String> LINEAR_KEYS = List.of("type", "full-at", "zero-below", "max-points", "scale");
  static final List<String> STEP_KEYS = List.of("type", "steps", "scale");
  static final List<String> STEP_ITEM_KEYS = List.of("at", "points");

  /** Points are printed with two decimals unless the curve says otherwise (docs/DIRECTIVES.md). */
  static final int DEFAULT_SCALE = 2;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CurveMapper() {}

  /** The curve at {@code path}; empty if it has a problem (each one recorded). */
  static Optional<ScoringCurve> read(Node node, String path, Problems problems) {
    Optional<Fields> of = Fields.of(node, path, problems, "a curve ({type: linear, …} or {type: step, …})");
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    Optional<String> type = f.requiredText("type", "linear or step");
    if (type.isEmpty()) {
      return Optional.empty();
    }
    switch (type.get().strip().toLowerCase(Locale.ROOT)) {
      case "linear":
        return linear(f);
      case "step":
        return step(f);
      default:
        f.problem("type", "unknown curve type '" + type.get() + "'; known: linear, step");
        return Optional.empty();
    }
  }

  private static Optional<ScoringCurve> linear(Fields f) {
    int before = f.problems().count();
    Optional<Ratio> fullAt = f.required("full-at", "the rate (%) from which the maximum is given")
        .flatMap(n -> f.parsed("full-at", PercentValue::read));
    Optional<Ratio> zeroBelow = f.has("zero-below") ? f.parsed("zero-below", PercentValue::read) : Optional.of(Ratio.ofPercent(0));
    Optional<BigDecimal> max = f.required("max-points", "the most points the curve gives")
        .flatMap(n -> f.parsed("max-points", CurveMapper::decimal));
    Optional<Integer> scale = scale(f);
    f.finish(LINEAR_KEYS, "a linear curve");
    if (f.problems().count() != before) {
      return Optional.empty();
    }
    return f.parse("", f.line(), f.path(),
        x -> LinearCurve.of(fullAt.orElseThrow(), zeroBelow.orElseThrow(), max.orElseThrow(), scale.orElseThrow()));
  }

  private static Optional<ScoringCurve> step(Fields f) {
    int before = f.problems().count();
    StepCurve.Builder b = StepCurve.builder();
    f.required("steps", "a list of {at: %, points: n}, rising").flatMap(n -> f.list("steps")).ifPresent(steps -> {
      for (int i = 0; i < steps.size(); i++) {
        String at = f.path("steps") + "[" + i + "]";
        Fields.of(steps.get(i), at, f.problems(), "a step ({at: %, points: n})").ifPresent(s -> {
          Optional<Ratio> from = s.required("at", "the rate (%) from which the step applies").flatMap(n -> s.parsed("at", PercentValue::read));
          Optional<BigDecimal> points = s.required("points", "").flatMap(n -> s.parsed("points", CurveMapper::decimal));
          s.finish(STEP_ITEM_KEYS, "a step");
          if (from.isPresent() && points.isPresent()) {
            s.parse("", s.line(), s.path(), x -> b.addSteps(StepCurve.Step.of(from.get(), points.get())));
          }
        });
      }
    });
    Optional<Integer> scale = scale(f);
    f.finish(STEP_KEYS, "a step curve");
    if (f.problems().count() != before) {
      return Optional.empty();
    }
    return f.parse("", f.line(), f.path(), x -> b.scale(scale.orElseThrow()).build());
  }

  private static Optional<Integer> scale(Fields f) {
    return f.has("scale") ? f.integer("scale") : Optional.of(DEFAULT_SCALE);
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + text + "'", e);
    }
  }

  /**
   * The curve as a file writes it.
   *
   * @throws IllegalArgumentException for a curve that is neither linear nor step
   */
  static ObjectNode write(ScoringCurve curve) {
    ObjectNode out = JSON.objectNode();
    if (curve instanceof LinearCurve) {
      LinearCurve c = (LinearCurve) curve;
      out.put("type", "linear");
      out.set("full-at", PercentValue.write(c.target()));
      out.set("zero-below", PercentValue.write(c.floor()));
      out.set("max-points", PercentValue.number(c.maximum()));
      out.put("scale", c.scale());
    } else if (curve instanceof StepCurve) {
      StepCurve c = (StepCurve) curve;
      out.put("type", "step");
      ArrayNode steps = out.putArray("steps");
      for (StepCurve.Step s : c.steps()) {
        ObjectNode step = steps.addObject();
        step.set("at", PercentValue.write(s.at()));
        step.set("points", PercentValue.number(s.points()));
      }
      out.put("scale", c.scale());
    } else {
      throw new IllegalArgumentException(
          "a " + curve.getClass().getName() + " curve cannot be written in a directive file: only linear and step curves");
    }
    return out;
  }
}
