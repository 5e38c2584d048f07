package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.OfficialSchedule;
import io.github.motcua.kpi.calendar.WorkingCalendar;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --calendar FILE} option of the calendar commands: a schedule file over the bundled one. */
final class CalendarFile {
  @Option(
      names = "--calendar",
      paramLabel = "<file.csv>",
      description = "A schedule file (date,status,name,source[,provisional]) whose days add to or"
          + " replace the bundled schedule of 2018-2026; see the README.")
  Path file;

  /**
   * A builder of the default calendar with the file's days over the bundled schedule, if one is given.
   *
   * @throws InputFailure naming the file if it cannot be read (missing, a directory …)
   */
  WorkingCalendar.Builder builder() {
    WorkingCalendar.Builder b = WorkingCalendar.builder();
    if (file != null) {
      InputFailure.checkReadable(file);
      try {
        b.scheduleOverriddenBy(OfficialSchedule.read(file));
      } catch (IOException e) {
        throw InputFailure.reading(file, e);
      }
    }
    return b;
  }
}
