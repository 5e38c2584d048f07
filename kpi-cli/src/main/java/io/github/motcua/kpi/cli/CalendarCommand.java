package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.ScheduledDay;
import io.github.motcua.kpi.calendar.WorkingCalendar;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kpi calendar YEAR}: the weekdays off and weekend days worked of a year. */
@Command(
    mixinStandardHelpOptions = true,
    name = "calendar",
    description = {
      "Print the weekdays off and the weekend days worked of a year.",
      "One line per day, in date order: yyyy-MM-dd<TAB>off|work<TAB>what; source — the holiday's"
          + " name, nghỉ bù, làm bù, and the notice, or 'provisional' with the article of the labour"
          + " code for a day not announced."
    })
final class CalendarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CalendarFile calendarFile;

  @Parameters(paramLabel = "<year>", description = "The year, e.g. 2026 (2014 to 2099).")
  String year;

  @Override
  public Integer call() throws IOException {
    int y = year(year);
    WorkingCalendar calendar = calendarFile.builder().build();
    PrintWriter out = spec.commandLine().getOut();
    for (ScheduledDay d : calendar.days(y)) {
      if (d.departsFromWeek()) {
        out.println(d.date() + "\t" + d.status().code() + "\t" + d.what());
      }
    }
    out.flush();
    return KpiCli.OK;
  }

  static int year(String text) {
    if (!text.matches("\\d{4}")) {
      throw new BadValue("not a year yyyy: '" + text + "'");
    }
    int y = Integer.parseInt(text);
    if (y < WorkingCalendar.FIRST_YEAR || y > WorkingCalendar.LAST_YEAR) {
      throw new BadValue("the working calendar covers " + WorkingCalendar.FIRST_YEAR + " to "
          + WorkingCalendar.LAST_YEAR + ", not " + y);
    }
    return y;
  }
}
