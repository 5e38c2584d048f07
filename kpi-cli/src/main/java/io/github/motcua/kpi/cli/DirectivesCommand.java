package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.cli.output.TextTable;
import io.github.motcua.kpi.rules.Directive;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi directives}: every directive the rule modules provide. */
@Command(
    mixinStandardHelpOptions = true,
    name = "directives", description = "List every directive the installed rule modules provide.")
final class DirectivesCommand implements Callable<Integer> {
  @ParentCommand KpiCli parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    TextTable table = new TextTable("Id", "Number", "Issuer", "Date", "Title");
    for (Directive d : parent.directives().list()) {
      table.row(
          d.id(),
          d.number(),
          d.issuer(),
          d.date().map(LocalDate::toString).orElse(d.year() + " (day not given)"),
          d.title());
    }
    if (table.isEmpty()) {
      spec.commandLine().getErr().println("kpi: no rule module found on the class path");
      return KpiCli.OK;
    }
    table.print(spec.commandLine().getOut());
    return KpiCli.OK;
  }
}
