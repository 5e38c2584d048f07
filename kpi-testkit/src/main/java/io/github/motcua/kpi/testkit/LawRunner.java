package io.github.motcua.kpi.testkit;

import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.rules.Directive;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;

/**
 * Runs one law for one rule over generated cases, and turns a falsified property into an {@link
 * AssertionError} that names the law, the directive and the rule, followed by QuickTheories' report
 * (the smallest counterexample found and the seed).
 */
final class LawRunner {
  private final Directive directive;
  private final LawSettings settings;

  LawRunner(Directive directive, LawSettings settings) {
    this.directive = directive;
    this.settings = settings;
  }

  <T> void check(Law law, String rule, Gen<T> cases, Consumer<T> property) {
    try {
      qt().withFixedSeed(settings.seed())
          .withExamples(settings.examples())
          .forAll(cases)
          .checkAssert(property);
    } catch (AssertionError e) {
      throw new AssertionError(
          "directive "
              + directive.id()
              + " breaks the law '"
              + law.id()
              + "' ("
              + law.statement()
              + ") for rule "
              + rule
              + " ["
              + settings
              + "]:\n"
              + e.getMessage(),
          e);
    }
  }

  /** Fails one example: the message names the law, directive, rule and counterexample. */
  AssertionError violation(Law law, String rule, Object counterexample, String what) {
    return new AssertionError(
        "law "
            + law.id()
            + " broken by directive "
            + directive.id()
            + ", rule "
            + rule
            + ": "
            + what
            + "; counterexample: "
            + counterexample);
  }
}
