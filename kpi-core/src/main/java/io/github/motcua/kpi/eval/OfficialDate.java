package io.github.motcua.kpi.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A date as Vietnamese officials write it in a report's details: {@code dd/MM/yyyy}. */
final class OfficialDate {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private OfficialDate() {}

  static String of(LocalDate date) {
    return date.format(FORMAT);
  }
}
