package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.model.ProcessingTime;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kpi due-date}: the due instant of a dossier, by the working calendar. */
@Command(
    mixinStandardHelpOptions = true,
    name = "due-date",
    sortOptions = false,
    description = {
      "Print the due instant (ngày hẹn trả) of a dossier, yyyy-MM-ddTHH:mm.",
      "The dossier is received at --received, under a processing time in working days, working hours"
          + " or calendar days.",
      "Readings: sessions Mon-Fri 07:30-11:30 and 13:00-17:00; a dossier received outside them starts"
          + " at the next session; N working days = N x 8 working hours; 0 = the same day, or the next"
          + " working day if received after the cut-off (15:00); calendar days end on the N-th day after"
          + " the start (or the next working day) at 17:00."
    })
final class DueDateCommand implements Callable<Integer> {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  @Spec CommandSpec spec;
  @Mixin CalendarFile calendarFile;

  @Option(names = "--received", required = true, paramLabel = "<yyyy-MM-ddTHH:mm>", description = "When the dossier was received.")
  String received;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Amount amount;

  /** One of the three units. */
  static final class Amount {
    @Option(names = "--working-days", required = true, paramLabel = "<n>", description = "Working days (ngày làm việc), e.g. 5 or 0.5; 0 = the same day.")
    String workingDays;

    @Option(names = "--working-hours", required = true, paramLabel = "<n>", description = "Working hours (giờ làm việc).")
    String workingHours;

    @Option(names = "--calendar-days", required = true, paramLabel = "<n>", description = "Calendar days (ngày), whole.")
    String calendarDays;
  }

  @Option(names = "--cut-off", paramLabel = "<HH:mm>", description = "Same-day cut-off (default 15:00).")
  String cutOff;

  @Option(names = "--saturday-mornings", description = "The agency also works Saturdays 07:30-11:30.")
  boolean saturdayMornings;

  @Option(names = "--supplement", paramLabel = "<from..to>",
      description = "A supplement wait (yêu cầu bổ sung) yyyy-MM-ddTHH:mm..yyyy-MM-ddTHH:mm: the clock stops; repeatable.")
  List<String> supplements = new ArrayList<>();

  @Option(names = "--at", paramLabel = "<yyyy-MM-ddTHH:mm>",
      description = "Also print the working time left at this instant (còn 1 ngày 3 giờ) or overdue (quá 2 ngày).")
  String at;

  @Override
  public Integer call() throws IOException {
    LocalDateTime from = instant("--received", received);
    ProcessingTime time = processingTime();
    List<SupplementRequest> waits = new ArrayList<>();
    for (String s : supplements) {
      waits.add(wait(s));
    }
    LocalDateTime now = at == null ? null : instant("--at", at);
    WorkingCalendar.Builder b = calendarFile.builder();
    if (saturdayMornings) {
      b.saturdayMornings();
    }
    if (cutOff != null) {
      try {
        b.cutOff(LocalTime.parse(cutOff));
      } catch (DateTimeParseException e) {
        throw new BadValue("--cut-off: not a time HH:mm: '" + cutOff + "'");
      }
    }
    WorkingCalendar calendar = b.build();
    PrintWriter out = spec.commandLine().getOut();
    try {
      LocalDateTime due = calendar.dueAt(from, time, waits);
      out.println(due.format(due.getSecond() == 0 && due.getNano() == 0 ? MINUTES : SECONDS));
      if (now != null) {
        out.println(calendar.remaining(due, now));
      }
    } catch (DateTimeException e) {
      throw new BadValue(e.getMessage());
    }
    out.flush();
    return KpiCli.OK;
  }

  private ProcessingTime processingTime() {
    String option;
    String text;
    ProcessingTime.Unit unit;
    if (amount.workingDays != null) {
      option = "--working-days";
      text = amount.workingDays;
      unit = ProcessingTime.Unit.WORKING_DAYS;
    } else if (amount.workingHours != null) {
      option = "--working-hours";
      text = amount.workingHours;
      unit = ProcessingTime.Unit.WORKING_HOURS;
    } else {
      option = "--calendar-days";
      text = amount.calendarDays;
      unit = ProcessingTime.Unit.CALENDAR_DAYS;
    }
    BigDecimal n;
    try {
      n = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new BadValue(option + ": not a number: '" + text + "'");
    }
    try {
      return ProcessingTime.of(n, unit);
    } catch (IllegalArgumentException e) {
      throw new BadValue(option + ": " + e.getMessage());
    }
  }

  private static LocalDateTime instant(String option, String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadValue(option + ": not a date-time yyyy-MM-ddTHH:mm: '" + text + "'");
    }
  }

  private static SupplementRequest wait(String text) {
    String[] parts = text.split("\\.\\.", -1);
    if (parts.length != 2) {
      throw new BadValue("--supplement: expected yyyy-MM-ddTHH:mm..yyyy-MM-ddTHH:mm: '" + text + "'");
    }
    LocalDateTime requested = instant("--supplement", parts[0]);
    LocalDateTime supplied = instant("--supplement", parts[1]);
    if (supplied.isBefore(requested)) {
      throw new BadValue("--supplement: supplied " + supplied + " before requested " + requested);
    }
    return SupplementRequest.supplied(requested, supplied);
  }
}
