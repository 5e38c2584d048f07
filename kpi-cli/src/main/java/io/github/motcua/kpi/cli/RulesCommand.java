package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.DeadlineReading;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kpi rules <directive>}: a directive's rules with kind, target, tiers and article. */
@Command(
    mixinStandardHelpOptions = true,
    name = "rules", description = "List a directive's rules: id, kind, target, tiers and source article.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand KpiCli parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<directive>", arity = "0..1",
      description = "The directive id, e.g. qt1501 (see: kpi directives); optional with a --directive-file of one directive.")
  String directive;

  @Option(names = "--directive-file", paramLabel = "<file>", description = "A directive file (YAML or JSON): its directive's rules.")
  Path directiveFile;

  @Override
  public Integer call() {
    Directive d = DirectiveChoice.of(spec.commandLine(), parent.directives(), directive, directiveFile);
    PrintWriter out = spec.commandLine().getOut();
    out.println(d.id() + " — " + d.number() + ", " + d.issuer() + d.date().map(x -> ", " + x).orElse(", " + d.year()));
    out.println(d.title());
    d.defaultPeriod().ifPresent(p -> out.println("default period: " + p));
    out.println("judges from: " + judgesFrom(d));
    if (!d.reportedIndicators().isEmpty()) {
      out.println("also reports: "
          + d.reportedIndicators().stream().map(Indicator::id).collect(Collectors.joining(", "))
          + " (printed by the document beside what its rules measure)");
    }
    if (!d.groups().isEmpty()) {
      out.println("groups: " + d.scoredRulesByGroup().entrySet().stream()
          .map(g -> g.getKey() + " (" + title(d, g.getKey()) + ", "
              + g.getValue().stream().map(r -> r.curve().maximum()).reduce(BigDecimal.ZERO, BigDecimal::add)
                  .stripTrailingZeros().toPlainString() + " points)")
          .collect(Collectors.joining("; ")));
    }
    if (!d.bands().isEmpty()) {
      out.println("bands: " + d.bands().stream()
          .sorted((a, b) -> b.from().compareTo(a.from()))
          .map(b -> b.label() + " (" + b.key() + ") from " + b.from().stripTrailingZeros().toPlainString() + " points")
          .collect(Collectors.joining("; ")));
    }
    DeadlineReading deadlines = d.deadlineReading();
    if (!deadlines.equals(DeadlineReading.byDate())) {
      out.println("deadlines from dossiers: " + words(deadlines));
    }
    for (Requirement r : d.requirements()) {
      out.println();
      out.println(r.rule() + "  [" + r.kind() + "]  " + r.title());
      out.println("  target:  " + target(r));
      out.println("  tiers:   " + r.tiers().stream().map(Enum::name).collect(Collectors.joining(", "))
          + r.role().map(role -> " (role " + role + ")").orElse(""));
      r.window().ifPresent(w -> out.println("  period:  " + w));
      if (r instanceof ScoredRule && ((ScoredRule) r).group().isPresent()) {
        out.println("  group:   " + ((ScoredRule) r).group().get());
      }
      out.println("  article: " + r.article());
      r.reading().ifPresent(reading -> out.println("  reading: " + reading));
    }
    return KpiCli.OK;
  }

  private static String title(Directive d, String group) {
    return d.groups().stream().filter(g -> g.id().equals(group)).findFirst().orElseThrow().title();
  }

  /** A deadline reading in words. */
  static String words(DeadlineReading r) {
    if (r.comparison() == DeadlineReading.Comparison.BY_DATE) {
      return "by date (finished on the due date is on time)";
    }
    return "by instant, to the second"
        + (r.subtractSupplementWait() ? "; the applicant's supplement time taken off" : "")
        + (r.overdueAboveSupplements().isPresent()
            ? "; more than " + r.overdueAboveSupplements().getAsInt() + " supplement request(s) overdue"
            : "");
  }

  /** The first day the directive judges, in words. */
  static String judgesFrom(Directive d) {
    String day = d.judgesFrom().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    return d.date().isPresent()
        ? day + ", the day it was issued: nothing due before it, and no target over a period ending"
            + " before it, is judged (scores are: a document may score months before it)"
        : day + ", the start of its year (the source leaves the day blank): nothing due before it, and"
            + " no target over a period ending before it, is judged";
  }

  /** The requirement's target in words. */
  static String target(Requirement r) {
    if (r instanceof TargetRule) {
      TargetRule t = (TargetRule) r;
      String base = t.indicator().id() + " ≥ " + t.threshold().percentText() + " %";
      if (t.thresholdByTier().isEmpty()) {
        return base;
      }
      return t.indicator().id() + " ≥ "
          + t.tiers().stream()
              .map(tier -> t.thresholdFor(tier).percentText() + " % (" + tier + ")")
              .collect(Collectors.joining(", "));
    }
    if (r instanceof ScoredRule) {
      ScoredRule s = (ScoredRule) r;
      return "a score, no target: " + s.indicator().id() + " → points: " + s.curve().describe();
    }
    if (r instanceof DeadlineRule) {
      DeadlineRule dl = (DeadlineRule) r;
      return "done, " + dl.schedule().describe() + "; responsible: " + dl.responsible();
    }
    if (r instanceof DurationRule) {
      DurationRule du = (DurationRule) r;
      return du.minMonths() + " to " + du.maxMonths() + " months a term, its first and last day included"
          + (du.mergedUnitMinMonths().isPresent() ? " (merged unit: at least " + du.mergedUnitMinMonths().getAsInt() + ")" : "");
    }
    return r.kind().toString();
  }
}
