package io.github.motcua.kpi.io;

import io.github.motcua.kpi.io.internal.Closest;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Tally;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The aggregate-figures file (docs/DIRECTIVES.md, "Counters — the aggregate form"): columns {@code
 * agency,name,tier} (and the agencies file's optional columns, see {@link AgenciesCsv}), then any
 * counters by their {@link Counter#id()}. A column left out is "not
 * reported", which differs from 0; a blank cell is not reported either.
 *
 * <p>Checked per row: counts are whole numbers, not negative; an "of those" counter does not exceed
 * its whole ({@code level3_online} ≤ {@code level3_total}). An agency on two rows is rejected on both.
 * A column that is no counter stops the read at the header.
 */
public final class TalliesCsv {
  private TalliesCsv() {}

  /**
   * Reads {@code path}, with the standard counters as columns.
   *
   * @throws BadInputException if the header or the CSV itself is bad
   * @throws IOException if the file cannot be read
   */
  public static Intake<AgencyTally> read(Path path) throws IOException {
    return read(path, List.of(), ReadOptions.defaults());
  }

  /**
   * Reads {@code path}, with the standard counters and {@code more} as columns.
   *
   * @throws BadInputException if the header or the CSV itself is bad (or at the first bad row, if
   *     the options say so)
   * @throws IOException if the file cannot be read
   */
  public static Intake<AgencyTally> read(Path path, Collection<Counter> more, ReadOptions options) throws IOException {
    try (CsvFile csv = CsvFile.open(path, options.limits())) {
      return read(csv, more, options);
    }
  }

  /**
   * Reads CSV text named {@code name}, with the standard counters as columns.
   *
   * @throws BadInputException if the header or the CSV itself is bad
   * @throws IOException if the text cannot be read
   */
  public static Intake<AgencyTally> read(String name, Reader reader) throws IOException {
    try (CsvFile csv = CsvFile.open(name, reader, ReadLimits.defaults())) {
      return read(csv, List.of(), ReadOptions.defaults());
    }
  }

  private static Intake<AgencyTally> read(CsvFile csv, Collection<Counter> more, ReadOptions options) throws IOException {
    Map<String, Counter> byId = new HashMap<>();
    for (Counter c : more) {
      byId.put(c.id().toLowerCase(Locale.ROOT), c);
    }
    Set<String> known = new HashSet<>(AgenciesCsv.COLUMNS);
    known.addAll(AgenciesCsv.OPTIONAL_COLUMNS);
    Map<Counter, String> counters = new LinkedHashMap<>();
    List<Problem> unknown = new ArrayList<>();
    for (String column : csv.columnsOtherThan(known)) {
      Optional<Counter> c =
          Counter.byId(column).or(() -> Optional.ofNullable(byId.get(column.trim().toLowerCase(Locale.ROOT))));
      if (c.isPresent()) {
        counters.put(c.get(), column);
      } else {
        List<String> ids = new ArrayList<>();
        Counter.standard().forEach(k -> ids.add(k.id()));
        more.forEach(k -> ids.add(k.id()));
        unknown.add(
            Problem.of(Location.line(csv.name(), 1), null, column,
                "not a counter (see Counter ids, e.g. level3_online)" + Closest.hint(column, ids), column));
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadInputException(unknown);
    }
    Intake<AgencyTally> intake =
        CsvRecords.read(csv, AgenciesCsv.COLUMNS, f -> row(f, counters), options);
    intake.rejectDuplicates(t -> t.agency().code(), "agency", null);
    return intake;
  }

  private static AgencyTally row(FieldReader f, Map<Counter, String> columns) {
    Agency agency = AgenciesCsv.agency(f);
    Map<Counter, Long> values = new LinkedHashMap<>();
    columns.forEach(
        (counter, column) -> {
          OptionalLong v = f.count(column);
          if (v.isPresent()) {
            values.put(counter, v.getAsLong());
          }
        });
    values.forEach(
        (counter, v) ->
            counter
                .whole()
                .filter(values::containsKey)
                .filter(whole -> v > values.get(whole))
                .ifPresent(
                    whole ->
                        f.problem(
                            columns.get(counter),
                            "exceeds " + whole.id() + " (" + values.get(whole) + ") on the same row",
                            Long.toString(v))));
    if (!f.ok()) {
      return null;
    }
    Tally.Builder b = Tally.builder();
    values.forEach(b::set);
    return AgencyTally.of(agency, b.build());
  }
}
