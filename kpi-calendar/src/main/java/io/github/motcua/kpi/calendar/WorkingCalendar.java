package io.github.motcua.kpi.calendar;

import io.github.motcua.kpi.model.SupplementRequest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.motcua.kpi.model.DueDateCalculator;
import io.github.motcua.kpi.model.ProcessingTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A working calendar of a Vietnamese one-stop shop (bộ phận một cửa): which days are worked, in
 * which sessions, and when a dossier received at some instant is due (ngày hẹn trả) under a
 * procedure's processing time (thời hạn giải quyết).
 *
 * <p>A day's sessions come from the {@link WeeklySessions} of the week, less the days off and plus
 * the days worked of the yearly schedule: the {@link OfficialSchedule} where the year is announced
 * (2018–2026 bundled), else the public holidays of the labour code with days off in lieu,
 * computed (lunar holidays included) and marked provisional. Years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} are covered; a computation that needs another year throws a {@link
 * DateTimeException}.
 *
 * <p><b>Readings (default)</b>, each configurable through the {@link Builder} where it says so:
 *
 * <ul>
 *   <li><b>Sessions:</b> Monday–Friday 07:30–11:30 and 13:00–17:00 ({@link
 *       WeeklySessions#standard()}; {@link Builder#sessions}).
 *   <li><b>Start:</b> a dossier received outside the sessions starts at the next session ({@link
 *       #start}).
 *   <li><b>Working days:</b> one working day is 8 working hours ({@link Builder#workingDay}); N
 *       working days end after N × 8 working hours counted from the start, and the result is due at
 *       that instant — at the end of a session when the time runs out exactly there (received Monday
 *       07:30, 1 working day: due Monday 17:00). Working hours likewise, hour by hour. Fractions (0.5
 *       working day) count as exact working time.
 *   <li><b>Same day:</b> a processing time of 0 (giải quyết trong ngày) is due at the end of the
 *       day's last session when the dossier is received on a working day at or before the cut-off
 *       (15:00, {@link Builder#cutOff}) and before that session ends; otherwise at the end of the
 *       next working day.
 *   <li><b>Calendar days</b> (Bộ luật Dân sự 2015, Điều 147–148): the day of the start is not
 *       counted; the time ends on the N-th day after it, or on the next working day when that day is
 *       not worked, at the end of its last session. <b>Calendar days excluding holidays:</b> the
 *       schedule's days off (holidays, days in lieu, swapped weekdays) are not counted; weekends
 *       are.
 *   <li><b>Supplement waits</b> stop the clock ({@link SupplementRequest}): for working days and hours,
 *       the working time inside a wait does not count; for calendar days, each wait (merged with the
 *       ones it overlaps) that begins before the due date adds the calendar days from its request
 *       date to its supply date. The alternative some procedures use — the time restarts from zero
 *       when the papers arrive — is not modelled.
 *   <li><b>Days worked by the schedule</b> (a Saturday worked in lieu) take the sessions of the
 *       week's regular day ({@link WeeklySessions#regularDay()}); a weekend session (Saturday
 *       mornings) is not held on a statutory holiday that falls on that day.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; each year's plan is computed once, on first use.
 */
public final class WorkingCalendar implements DueDateCalculator {
  /** The first year covered: the first whole year under Bộ luật Lao động 2012 (in force 1 May 2013). */
  public static final int FIRST_YEAR = 2014;
  /** The last year covered. */
  public static final int LAST_YEAR = 2099;
  /** The default same-day cut-off: received after 15:00, returned the next working day. */
  public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(15, 0);
  /** The default length of a working day: 8 hours. */
  public static final Duration DEFAULT_WORKING_DAY = Duration.ofHours(8);

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  /** More than any unit can reach before {@link #LAST_YEAR} from {@link #FIRST_YEAR}. */
  private static final BigDecimal LONGEST = BigDecimal.valueOf(1_000_000);

  private final WeeklySessions sessions;
  private final OfficialSchedule schedule;
  private final LocalTime cutOff;
  private final Duration workingDay;
  private final ConcurrentHashMap<Integer, YearPlan> plans = new ConcurrentHashMap<>();
  private final WorkingClock clock = new WorkingClock(this::sessionsOn);

  private WorkingCalendar(Builder b) {
    this.sessions = b.sessions;
    this.schedule = b.schedule;
    this.cutOff = b.cutOff;
    this.workingDay = b.workingDay;
  }

  /**
   * The calendar of the readings above: standard sessions, the bundled schedule of 2018–2026, the
   * law beyond, cut-off 15:00, 8-hour days.
   */
  public static WorkingCalendar defaults() {
    return Defaults.CALENDAR;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this calendar's settings. */
  public Builder toBuilder() {
    return new Builder().sessions(sessions).schedule(schedule).cutOff(cutOff).workingDay(workingDay);
  }

  /** The sessions of the week. */
  public WeeklySessions sessions() {
    return sessions;
  }

  /** The announced schedule. */
  public OfficialSchedule schedule() {
    return schedule;
  }

  /** The same-day cut-off. */
  public LocalTime cutOff() {
    return cutOff;
  }

  /** The length of a working day. */
  public Duration workingDay() {
    return workingDay;
  }

  // ---------------------------------------------------------------- days

  /**
   * The sessions held on {@code date}; empty on a day not worked.
   *
   * @throws DateTimeException if the date's year is not covered
   */
  public List<Session> sessionsOn(LocalDate date) {
    return plan(date.getYear()).sessionsOn(date);
  }

  /** Whether {@code date} has at least one session. */
  public boolean isWorkingDay(LocalDate date) {
    return !sessionsOn(date).isEmpty();
  }

  /** The first working day after {@code date}. */
  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    return clock.nextWorkingDay(date);
  }

  /** The scheduled day (day off, day worked) on {@code date}, announced or provisional, if any. */
  public Optional<ScheduledDay> scheduledDay(LocalDate date) {
    return Optional.ofNullable(plan(date.getYear()).day(date));
  }

  /**
   * The scheduled days of {@code year} in date order: the announced ones, or those derived from
   * the law (each provisional) if the year has no announced schedule.
   */
  public List<ScheduledDay> days(int year) {
    return plan(year).days();
  }

  /** Whether {@code year} has no announced schedule and is derived from the law. */
  public boolean isProvisional(int year) {
    return plan(year).provisional();
  }

  // ---------------------------------------------------------------- instants

  /** When the clock starts for a dossier received at {@code received}: the next session if outside one. */
  public LocalDateTime start(LocalDateTime received) {
    return clock.start(received);
  }

  /** The working time from {@code from} to {@code to}; zero if {@code to} is not after {@code from}. */
  public Duration workingTime(LocalDateTime from, LocalDateTime to) {
    return clock.between(from, to, List.of());
  }

  /** The instant {@code amount} of working time after {@code from} (counted from its {@link #start}). */
  public LocalDateTime plusWorkingTime(LocalDateTime from, Duration amount) {
    checkArgument(!amount.isNegative(), "working time must not be negative, got %s", amount);
    return clock.plus(clock.start(from), amount, List.of());
  }

  /**
   * The due instant of a dossier received at {@code received} under the processing time {@code
   * time}, by the readings of this class.
   *
   * @throws DateTimeException if the computation leaves the years covered
   */
  @Override
  public LocalDateTime dueAt(LocalDateTime received, ProcessingTime time) {
    return dueAt(received, time, List.of());
  }

  /**
   * The due instant with the clock stopped during {@code waits} (each supplied; see the readings).
   *
   * @throws IllegalArgumentException if a wait is still open: its end, and so the due date, is not
   *     known yet (see {@link #remaining(LocalDateTime, ProcessingTime, List, LocalDateTime)})
   */
  public LocalDateTime dueAt(LocalDateTime received, ProcessingTime time, List<SupplementRequest> waits) {
    for (SupplementRequest w : waits) {
      checkArgument(
          w.suppliedAt().isPresent(),
          "the supplement requested at %s is still pending: the due date is not known yet",
          w.requestedAt());
    }
    return due(received, time, spans(waits, null));
  }

  /**
   * The working time left at {@code at} before {@code due} (negative: overdue), which prints as
   * {@code còn 1 ngày 3 giờ} or {@code quá 2 ngày}.
   */
  public RemainingTime remaining(LocalDateTime due, LocalDateTime at) {
    Duration left = at.isAfter(due) ? clock.between(due, at, List.of()).negated() : clock.between(at, due, List.of());
    return RemainingTime.of(left, workingDay);
  }

  /**
   * The working time left at {@code at} for a dossier received at {@code received} under {@code
   * time}, the clock stopped during {@code waits}; a wait still open at {@code at} counts up to
   * {@code at}.
   */
  public RemainingTime remaining(
      LocalDateTime received, ProcessingTime time, List<SupplementRequest> waits, LocalDateTime at) {
    return remaining(due(received, time, spans(waits, at)), at);
  }

  /**
   * Whether {@code due} is at most one working day after {@code at} (and not before it): the
   * warning "due within one working day" (sắp đến hạn) of an open dossier.
   */
  public boolean withinOneWorkingDay(LocalDateTime at, LocalDateTime due) {
    return !at.isAfter(due) && clock.between(at, due, List.of()).compareTo(workingDay) <= 0;
  }

  private LocalDateTime due(LocalDateTime received, ProcessingTime time, List<WorkingClock.Span> stops) {
    LocalDateTime start = clock.start(received);
    if (time.amount().compareTo(LONGEST) > 0) {
      throw new DateTimeException(
          "processing time " + time + " ends after " + LAST_YEAR + ", the last year the working calendar covers");
    }
    if (time.amount().signum() == 0) {
      LocalDateTime sameDay = sameDay(received);
      return clock.plus(start, clock.between(start, sameDay, List.of()), stops);
    }
    switch (time.unit()) {
      case WORKING_DAYS:
        return clock.plus(start, working(time.amount(), workingDay), stops);
      case WORKING_HOURS:
        return clock.plus(start, working(time.amount(), Duration.ofHours(1)), stops);
      case CALENDAR_DAYS:
        return calendarDays(start, time.amount().longValueExact(), false, stops);
      case CALENDAR_DAYS_EXCLUDING_HOLIDAYS:
        return calendarDays(start, time.amount().longValueExact(), true, stops);
      default:
        throw new IllegalArgumentException("unknown unit " + time.unit());
    }
  }

  /** The end of the day for a same-day procedure (see the readings). */
  private LocalDateTime sameDay(LocalDateTime received) {
    LocalDate day = received.toLocalDate();
    if (isWorkingDay(day) && !received.toLocalTime().isAfter(cutOff) && received.isBefore(clock.endOfDay(day))) {
      return clock.endOfDay(day);
    }
    return clock.endOfDay(clock.nextWorkingDay(day));
  }

  private LocalDateTime calendarDays(LocalDateTime start, long days, boolean skipDaysOff, List<WorkingClock.Span> stops) {
    long extra = 0;
    for (WorkingClock.Span s : stops) {
      if (s.from().isBefore(calendarDue(start, days + extra, skipDaysOff))) {
        extra += ChronoUnit.DAYS.between(s.from().toLocalDate(), s.to().toLocalDate());
      }
    }
    return calendarDue(start, days + extra, skipDaysOff);
  }

  private LocalDateTime calendarDue(LocalDateTime start, long days, boolean skipDaysOff) {
    LocalDate day = start.toLocalDate();
    for (long counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (!skipDaysOff || !isDayOff(day)) {
        counted++;
      }
    }
    if (!isWorkingDay(day)) {
      day = clock.nextWorkingDay(day);
    }
    return clock.endOfDay(day);
  }

  private boolean isDayOff(LocalDate day) {
    ScheduledDay d = plan(day.getYear()).day(day);
    return d != null && d.status() == ScheduledDay.Status.OFF;
  }

  /** {@code amount} units of working time, exact to the nanosecond (rounded up below it). */
  private static Duration working(BigDecimal amount, Duration unit) {
    BigInteger nanos =
        amount.multiply(new BigDecimal(BigInteger.valueOf(unit.getSeconds()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(unit.getNano()))))
            .setScale(0, RoundingMode.CEILING)
            .toBigIntegerExact();
    BigInteger[] sn = nanos.divideAndRemainder(NANOS_PER_SECOND);
    checkArgument(sn[0].bitLength() < 63, "processing time %s is too long", amount);
    return Duration.ofSeconds(sn[0].longValueExact(), sn[1].longValueExact());
  }

  private static List<WorkingClock.Span> spans(List<SupplementRequest> waits, LocalDateTime at) {
    List<WorkingClock.Span> spans = new ArrayList<>();
    for (SupplementRequest w : waits) {
      LocalDateTime end = at == null ? w.suppliedAt().orElseThrow() : w.suppliedAt().orElse(at);
      if (end.isAfter(w.requestedAt())) {
        spans.add(new WorkingClock.Span(w.requestedAt(), end));
      }
    }
    return WorkingClock.merge(spans);
  }

  private YearPlan plan(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateTimeException(
          "the working calendar covers " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
    }
    return plans.computeIfAbsent(year, y -> YearPlan.of(y, schedule, sessions));
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + sessions + "; " + schedule + "; cut-off " + cutOff + "; day " + workingDay + "]";
  }

  /** Settings of a {@link WorkingCalendar}, starting from the defaults. */
  public static final class Builder {
    private WeeklySessions sessions = WeeklySessions.standard();
    private OfficialSchedule schedule = OfficialSchedule.bundled();
    private LocalTime cutOff = DEFAULT_CUT_OFF;
    private Duration workingDay = DEFAULT_WORKING_DAY;

    private Builder() {}

    /** The sessions of the week (default {@link WeeklySessions#standard()}). */
    public Builder sessions(WeeklySessions sessions) {
      this.sessions = checkNotNull(sessions, "sessions");
      return this;
    }

    /** Adds Saturday mornings 07:30–11:30 to the sessions. */
    public Builder saturdayMornings() {
      this.sessions = sessions.withSaturdayMorning();
      return this;
    }

    /** The announced schedule (default {@link OfficialSchedule#bundled()}). */
    public Builder schedule(OfficialSchedule schedule) {
      this.schedule = checkNotNull(schedule, "schedule");
      return this;
    }

    /** This builder's schedule (by default the bundled one) with {@code file}'s days over it ({@link OfficialSchedule#overriddenBy}). */
    public Builder scheduleOverriddenBy(OfficialSchedule file) {
      this.schedule = schedule.overriddenBy(file);
      return this;
    }

    /** The same-day cut-off (default 15:00). */
    public Builder cutOff(LocalTime cutOff) {
      this.cutOff = checkNotNull(cutOff, "cutOff");
      return this;
    }

    /** The length of a working day (default 8 hours). */
    public Builder workingDay(Duration workingDay) {
      checkArgument(!workingDay.isNegative() && !workingDay.isZero(), "a working day must be positive, got %s", workingDay);
      this.workingDay = workingDay;
      return this;
    }

    /** The calendar. */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }

  /** The default calendar, built once. */
  private static final class Defaults {
    static final WorkingCalendar CALENDAR = builder().build();
  }
}
