package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.LunarDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kpi lunar DATE}: the Vietnamese lunar date of a solar date. */
@Command(
    mixinStandardHelpOptions = true,
    name = "lunar",
    description = {
      "Print the Vietnamese lunar date (âm lịch) of a solar date.",
      "Computed for UTC+7; printed d/m/yyyy, a leap month followed by 'nhuận' (1/2 nhuận/2023)."
    })
final class LunarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "<date>", description = "A solar date yyyy-MM-dd, 1900-01-01 to 2100-12-31.")
  String date;

  @Override
  public Integer call() {
    LocalDate d = date(date);
    try {
      spec.commandLine().getOut().println(LunarDate.from(d));
    } catch (DateTimeException e) {
      throw new BadValue(e.getMessage());
    }
    spec.commandLine().getOut().flush();
    return KpiCli.OK;
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadValue("not a date yyyy-MM-dd: '" + text + "'");
    }
  }
}
