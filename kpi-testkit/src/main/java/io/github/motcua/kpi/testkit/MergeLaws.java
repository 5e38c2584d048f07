package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluating a province split into two parts whose tallies are merged gives the same report as one
 * pass: with aggregate tallies split counter by counter, and with tallies computed by {@link
 * Tallies} from dossiers split at any index.
 */
final class MergeLaws {
  private static final String WHOLE_DIRECTIVE = "(every rule)";

  private final Setting setting;
  private final LawRunner runner;

  MergeLaws(Setting setting, LawRunner runner) {
    this.setting = setting;
    this.runner = runner;
  }

  void check() {
    checkAggregate();
    checkDossiers();
  }

  void checkAggregate() {
    var indicators = setting.directive().indicators();
    runner.check(
        Law.MERGE_AGGREGATE,
        WHOLE_DIRECTIVE,
        KpiGenerators.provinceCases(
            setting.roles(),
            setting.periods(),
            RatioTallies.counters(indicators)),
        c -> {
          Map<String, Tally> whole = new TreeMap<>();
          Map<String, Tally> first = new TreeMap<>();
          Map<String, Tally> second = new TreeMap<>();
          c.tallies()
              .forEach(
                  (code, split) -> {
                    whole.put(code, split.whole());
                    putUnlessEmpty(first, code, split.first());
                    putUnlessEmpty(second, code, split.second());
                  });
          ProvinceTally merged =
              setting.subject().merge(ProvinceTally.of(first), ProvinceTally.of(second));
          compare(
              Law.MERGE_AGGREGATE,
              c,
              evaluate(c.agencies(), c.period(), c.period().end(), ProvinceTally.of(whole)),
              evaluate(c.agencies(), c.period(), c.period().end(), merged));
        });
  }

  void checkDossiers() {
    runner.check(
        Law.MERGE_DOSSIERS,
        WHOLE_DIRECTIVE,
        KpiGenerators.dossierCases(setting.roles(), setting.periods()),
        c -> {
          Tallies tallies =
              Tallies.of(c.period(), c.asOf(), c.catalogue())
                  .counting(setting.directive().counters())
                  .reading(setting.directive().deadlineReading())
                  .agencies(c.agencies());
          ProvinceTally onePass = tallies.dossiers(c.dossiers());
          ProvinceTally merged =
              setting
                  .subject()
                  .merge(
                      tallies.dossiers(c.dossiers().subList(0, c.splitAt())),
                      tallies.dossiers(c.dossiers().subList(c.splitAt(), c.dossiers().size())));
          compare(
              Law.MERGE_DOSSIERS,
              c,
              evaluate(c.agencies(), c.period(), c.asOf(), onePass),
              evaluate(c.agencies(), c.period(), c.asOf(), merged));
        });
  }

  private static void putUnlessEmpty(Map<String, Tally> map, String code, Tally tally) {
    if (!tally.isEmpty()) {
      map.put(code, tally);
    }
  }

  private Report evaluate(List<Agency> agencies, Period period, LocalDate asOf, ProvinceTally tallies) {
    return setting
        .subject()
        .evaluate(
            setting.directive(),
            EvaluationInput.builder()
                .period(period)
                .asOf(asOf)
                .addAllAgencies(agencies)
                .tallies(tallies)
                .build());
  }

  private void compare(Law law, Object c, Report whole, Report merged) {
    if (whole.equals(merged)) {
      return;
    }
    String difference = "the reports differ";
    for (AgencyReport a : whole.agencies()) {
      AgencyReport b = merged.agency(a.agency()).orElse(null);
      if (!a.equals(b)) {
        difference = "agency " + a.agency() + " is " + a + " in one pass but " + b + " merged";
        break;
      }
    }
    throw runner.violation(law, WHOLE_DIRECTIVE, c, difference);
  }
}
