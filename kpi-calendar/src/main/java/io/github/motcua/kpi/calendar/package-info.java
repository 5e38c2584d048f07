/**
 * Working days and due dates (ngày hẹn trả) as Vietnamese one-stop shops (một cửa) count them: the
 * Vietnamese lunar calendar (âm lịch, computed for UTC+7), the public holidays of the labour code,
 * the yearly schedule of days off and Saturdays worked, the sessions of a working week, and due
 * dates from a procedure's processing time.
 *
 * <p>The entry point is {@link io.github.motcua.kpi.calendar.WorkingCalendar}; {@link
 * io.github.motcua.kpi.calendar.WorkingCalendar#defaults()} is the calendar with the bundled
 * schedule of 2018–2026. Values are Immutables-generated with the project's style.
 */
@KpiStyle
package io.github.motcua.kpi.calendar;

import io.github.motcua.kpi.style.KpiStyle;
