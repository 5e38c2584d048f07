package io.github.motcua.kpi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.Tally;
import io.github.motcua.kpi.tally.Tallies;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tallies given the working calendar: "due soon" is due within one working day. */
class DueWithinOneWorkingDayTest {
  private static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.of(
          List.of(Procedure.builder().code("P").name("P").field("F").level(ServiceLevel.LEVEL_3).build()));

  private static Dossier open(String id, LocalDate due) {
    return Dossier.builder()
        .id(id)
        .procedureCode("P")
        .agencyCode("A")
        .level(ServiceLevel.LEVEL_3)
        .channel(Channel.DIRECT)
        .receivedAt(LocalDate.of(2026, 2, 2).atTime(9, 0))
        .dueAt(due.atTime(17, 0))
        .build();
  }

  @Test
  void onTheFridayBeforeTetADossierDueTheMondayAfterTetIsDueSoonWithTheCalendarAndNotWithout() {
    // Friday 13 Feb 2026; Tết 16-20 Feb off; the next working day is Monday 23 Feb.
    LocalDate friday = LocalDate.of(2026, 2, 13);
    List<Dossier> dossiers =
        List.of(open("due-monday-23", LocalDate.of(2026, 2, 23)), open("due-tuesday-24", LocalDate.of(2026, 2, 24)));
    Tallies plain = Tallies.of(Period.month(2026, 2), friday, CATALOGUE);
    Tally days = plain.dossiers(dossiers).get("A");
    Tally workingDays = plain.workingDays(WorkingCalendar.defaults()).dossiers(dossiers).get("A");
    assertEquals(0, days.get(Counter.DUE_WITHIN_24H), "without a calendar: due by Saturday 14 Feb");
    assertEquals(1, workingDays.get(Counter.DUE_WITHIN_24H), "with it: due by Monday 23 Feb");
    assertEquals(2, workingDays.get(Counter.IN_PROGRESS));
  }
}
