package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.TargetRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code kind: target}: {@code indicator} and {@code threshold} — a percentage, or a map from tier
 * to percentage naming every tier the rule applies to ({@code {PROVINCIAL: 60, DISTRICT: 30}}).
 */
final class TargetMapper extends KindMapper<TargetRule> {

  TargetMapper() {
    super(Requirement.Kind.TARGET, TargetRule.class, List.of("indicator", "threshold"));
  }

  @Override
  Optional<Function<Requirement, Optional<Requirement>>> read(Fields f, Definitions defs) {
    Optional<Indicator> indicator = RequirementMapper.indicator(f, defs);
    Optional<Node> threshold = f.required("threshold", "a percentage, or one per tier ({PROVINCIAL: 60, DISTRICT: 30})");
    Optional<Ratio> single = Optional.empty();
    Map<Tier, Ratio> byTier = new EnumMap<>(Tier.class);
    boolean ok = indicator.isPresent() && threshold.isPresent();
    if (threshold.isPresent() && threshold.get() instanceof Node.Mapping) {
      Fields t = new Fields((Node.Mapping) threshold.get(), f.path("threshold"), f.problems());
      if (t.entries().isEmpty()) {
        f.problem("threshold", "names no tier");
        ok = false;
      }
      for (Node.Mapping.Entry e : t.entries().values()) {
        Optional<Tier> tier = t.parse(e.key(), e.keyLine(), t.path(e.key()), Tiers::read);
        Optional<Ratio> value = t.text(e.value(), t.path(e.key()))
            .flatMap(v -> t.parse(v, e.value().line(), t.path(e.key()), PercentValue::read));
        ok &= tier.isPresent() && value.isPresent();
        if (tier.isPresent() && value.isPresent()) {
          byTier.put(tier.get(), value.get());
        }
      }
    } else if (threshold.isPresent()) {
      single = f.text(threshold.get(), f.path("threshold"))
          .flatMap(v -> f.parse(v, threshold.get().line(), f.path("threshold"), PercentValue::read));
      ok &= single.isPresent();
    }
    if (!ok) {
      return Optional.empty();
    }
    Optional<Ratio> base = single;
    return Optional.of(common -> {
      TargetRule.Builder b = TargetRule.builder().from(common).indicator(indicator.get());
      if (base.isPresent()) {
        return Optional.of(b.threshold(base.get()).build());
      }
      List<String> missing = new ArrayList<>();
      common.tiers().stream().filter(t -> !byTier.containsKey(t)).forEach(t -> missing.add(t.name()));
      if (!missing.isEmpty()) {
        f.problem("threshold", "no threshold for " + String.join(", ", missing) + ", which the rule applies to");
        return Optional.empty();
      }
      Ratio first = common.tiers().stream().findFirst().map(byTier::get).orElse(byTier.values().iterator().next());
      return Optional.of(b.threshold(first).putAllThresholdByTier(byTier).build());
    });
  }

  @Override
  void writeKeys(TargetRule r, ObjectNode out) {
    out.put("indicator", r.indicator().id());
    if (r.thresholdByTier().isEmpty()) {
      out.set("threshold", PercentValue.write(r.threshold()));
    } else {
      ObjectNode byTier = out.putObject("threshold");
      r.tiers().forEach(t -> byTier.set(t.name(), PercentValue.write(r.thresholdFor(t))));
    }
  }
}
