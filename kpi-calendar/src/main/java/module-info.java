/**
 * Working days and due dates as Vietnamese one-stop shops count them: the Vietnamese lunar
 * calendar (UTC+7), the labour code's holidays, the yearly schedule of days off and Saturdays
 * worked, sessions, and due dates ({@code WorkingCalendar}, a {@code DueDateCalculator} of the
 * core).
 */
module io.github.motcua.kpi.calendar {
  requires transitive io.github.motcua.kpi.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;

  exports io.github.motcua.kpi.calendar;
}
