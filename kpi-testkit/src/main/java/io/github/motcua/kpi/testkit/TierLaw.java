package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule judges only the agencies of the tiers (and holding the role) it names: every other agency
 * gets NOT_APPLICABLE whatever its figures, so a district is never judged on a provincial target.
 * Conversely a target or score does judge the agencies it names, within its window.
 */
final class TierLaw {
  private final Setting setting;
  private final LawRunner runner;

  TierLaw(Setting setting, LawRunner runner) {
    this.setting = setting;
    this.runner = runner;
  }

  void check(Requirement r) {
    List<Agency> judged = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      if (!r.tiers().contains(tier)) {
        judged.add(Setting.agency(r, tier, true));
        judged.add(Setting.agency(r, tier, false));
      } else if (r.role().isPresent()) {
        judged.add(Setting.agency(r, tier, false));
      }
    }
    boolean measured = r instanceof TargetRule || r instanceof ScoredRule;
    if (measured) {
      for (Tier tier : r.tiers()) {
        judged.add(Setting.agency(r, tier, true));
      }
    }
    if (judged.isEmpty()) {
      return;
    }
    runner.check(
        Law.TIERS,
        r.rule(),
        KpiGenerators.agencyCases(
            judged, RatioTallies.counters(setting.directive().indicators())),
        c -> {
          boolean named = namedByRule(r, c.agency());
          for (RuleResult result : setting.judge(r, c.agency(), c.tally())) {
            boolean notApplicable = result.verdict() == Verdict.NOT_APPLICABLE;
            if (!named && !notApplicable) {
              throw runner.violation(
                  Law.TIERS,
                  r.rule(),
                  c,
                  "the rule names " + r.tiers() + r.role().map(x -> " with role " + x).orElse("")
                      + " but judged this agency: " + result.verdict());
            }
            if (named && notApplicable) {
              throw runner.violation(
                  Law.TIERS, r.rule(), c, "the rule names this agency but found itself NOT_APPLICABLE");
            }
          }
        });
  }

  /** Whether the rule's data (not its possibly overridden {@code appliesTo}) names the agency. */
  private static boolean namedByRule(Requirement r, Agency a) {
    return r.tiers().contains(a.tier()) && r.role().map(a::hasRole).orElse(true);
  }
}
