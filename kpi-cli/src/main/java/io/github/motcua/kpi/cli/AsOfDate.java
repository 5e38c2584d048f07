package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The date a command evaluates as of ({@code --as-of}): the period's last day when not given; a
 * date {@code yyyy-MM-dd} not before the period starts, or a usage error naming the option.
 */
final class AsOfDate {
  private AsOfDate() {}

  static LocalDate of(CommandSpec spec, String asOf, Period period) {
    if (asOf == null) {
      return period.end();
    }
    LocalDate at;
    try {
      at = LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--as-of: not a date yyyy-MM-dd: '" + asOf + "'");
    }
    if (at.isBefore(period.start())) {
      throw new ParameterException(spec.commandLine(), "--as-of " + at + " is before the period " + period + " starts");
    }
    return at;
  }
}
