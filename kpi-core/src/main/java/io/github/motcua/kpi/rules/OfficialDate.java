package io.github.motcua.kpi.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A date as Vietnamese officials write it: {@code dd/MM/yyyy}. */
final class OfficialDate {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private OfficialDate() {}

  static String of(LocalDate date) {
    return date.format(FORMAT);
  }
}
