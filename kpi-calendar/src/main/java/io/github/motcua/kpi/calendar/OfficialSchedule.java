package io.github.motcua.kpi.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The yearly schedules of days off and days worked that the government announces (lịch nghỉ lễ,
 * tết của cán bộ, công chức, viên chức), one {@link ScheduledDay} per date with its notice.
 *
 * <p>Swaps (hoán đổi ngày làm việc) have no basis in the labour code and cannot be derived: they
 * come as data. {@link #bundled()} holds 2018–2026 from the notices listed in the README; a user
 * extends it with a new year or overrides a day with a file ({@link #read(Path)}) and {@link
 * #overriddenBy}.
 *
 * <p>A year is <em>announced</em> when the schedule has at least one day in it; an announced year
 * is exactly the days listed (a weekday not listed is worked, a weekend day not listed is not). A
 * year not announced is computed from the law by {@link WorkingCalendar}, marked provisional.
 */
public final class OfficialSchedule {
  private static final String BUNDLED = "vietnam-schedule.csv";

  private final ImmutableSortedMap<LocalDate, ScheduledDay> days;

  private OfficialSchedule(Collection<ScheduledDay> days) {
    TreeMap<LocalDate, ScheduledDay> map = new TreeMap<>();
    days.forEach(d -> map.put(d.date(), d));
    this.days = ImmutableSortedMap.copyOfSorted(map);
  }

  /** A schedule of exactly {@code days} (a later day of the same date replaces an earlier one). */
  public static OfficialSchedule of(Collection<ScheduledDay> days) {
    return new OfficialSchedule(days);
  }

  /** No announced year: every year computed from the law. */
  public static OfficialSchedule empty() {
    return new OfficialSchedule(List.of());
  }

  /**
   * The schedules of 2018–2026 as announced (the file {@code vietnam-schedule.csv} of this
   * module, format as for {@link #read(Path)}). The second Quốc khánh day of 2026, left open by
   * the notice, is provisional.
   */
  public static OfficialSchedule bundled() {
    return Bundled.SCHEDULE;
  }

  /**
   * Reads a schedule file: CSV in UTF-8 (with or without a byte order mark), a header with the
   * columns {@code date,status,name,source} and optionally {@code provisional}, in any order and
   * any case; one row per day; {@code date} is {@code yyyy-MM-dd}, {@code status} {@code off} or
   * {@code work}, {@code name} what the day is, {@code source} the notice or decision,
   * {@code provisional} {@code yes} or {@code no} (blank: no). Lines starting with {@code #} are
   * comments.
   *
   * @throws CalendarFileException every problem of the file, each naming the line and field
   * @throws IOException if the file cannot be read
   */
  public static OfficialSchedule read(Path file) throws IOException {
    return read(file.toString(), Files.readAllBytes(file));
  }

  /** Reads schedule CSV from {@code bytes}, naming it {@code file} in problems; see {@link #read(Path)}. */
  public static OfficialSchedule read(String file, byte[] bytes) throws IOException {
    return new OfficialSchedule(ScheduleCsv.read(file, bytes));
  }

  /** Reads schedule CSV from {@code text}, naming it {@code file} in problems; see {@link #read(Path)}. */
  public static OfficialSchedule read(String file, String text) {
    try {
      return read(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This schedule with {@code other}'s days added, each replacing this schedule's day of the same
   * date (a {@code work} row on a weekday cancels a day off). A year {@code other} announces and
   * this one does not becomes announced with {@code other}'s days only.
   */
  public OfficialSchedule overriddenBy(OfficialSchedule other) {
    TreeMap<LocalDate, ScheduledDay> map = new TreeMap<>(days);
    other.days.values().forEach(d -> map.put(d.date(), d));
    return new OfficialSchedule(map.values());
  }

  /** The years with at least one announced day. */
  public Set<Integer> years() {
    ImmutableSortedSet.Builder<Integer> years = ImmutableSortedSet.naturalOrder();
    days.keySet().forEach(d -> years.add(d.getYear()));
    return years.build();
  }

  /** Whether the schedule has days in {@code year}. */
  public boolean announces(int year) {
    return !days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).isEmpty();
  }

  /** The day listed for {@code date}, if any. */
  public Optional<ScheduledDay> day(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  /** The days listed in {@code year}, in date order. */
  public List<ScheduledDay> days(int year) {
    return ImmutableList.copyOf(
        days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
  }

  /** Every day listed, in date order. */
  public List<ScheduledDay> days() {
    return days.values().asList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficialSchedule && ((OfficialSchedule) o).days.equals(days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }

  @Override
  public String toString() {
    return "OfficialSchedule" + years();
  }

  /** The bundled schedule, read once. */
  private static final class Bundled {
    static final OfficialSchedule SCHEDULE = load();

    private static OfficialSchedule load() {
      try (InputStream in = OfficialSchedule.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("the bundled schedule " + BUNDLED + " is missing from the jar");
        }
        return read(BUNDLED, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
