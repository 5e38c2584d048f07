package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.tally.ProvinceTally;

/**
 * What the laws are checked through: the core {@link Evaluator} and {@link ProvinceTally#merge}.
 * The test kit's own tests substitute faulty ones to show that each law can fail.
 */
interface Subject {

  /** The report of {@code directive} on {@code input}. */
  Report evaluate(Directive directive, EvaluationInput input);

  /** Both parts of a province together. */
  ProvinceTally merge(ProvinceTally first, ProvinceTally second);

  /** The core library. */
  static Subject core() {
    return new Subject() {
      @Override
      public Report evaluate(Directive directive, EvaluationInput input) {
        return Evaluator.of(directive).evaluate(input);
      }

      @Override
      public ProvinceTally merge(ProvinceTally first, ProvinceTally second) {
        return first.merge(second);
      }
    };
  }
}
