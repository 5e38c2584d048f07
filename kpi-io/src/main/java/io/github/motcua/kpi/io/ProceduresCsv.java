package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.ProcessingTime;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.tally.Offering;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The procedure catalogue file, per agency: {@code code,name,field,level}, then optionally {@code
 * fee,national_portal,approved}, {@code agency}, {@code processing_time,processing_unit} and {@code
 * paper_result}.
 *
 * <p>A row without {@code agency} is the catalogue's entry for the procedure. A row with {@code
 * agency} (a code of the agencies file) declares that the agency offers the procedure (thủ tục
 * thuộc thẩm quyền), at that row's level, fee, processing time and paper result; the procedure's
 * catalogue entry is its row without agency or, if it has none, its first row. The rows of one code
 * must agree on name and field; an agency offers a procedure once.
 *
 * <p>{@code level} is {@code 2}, {@code 3}, {@code 4}, {@code partial}/{@code một phần} or {@code
 * full}/{@code toàn trình}; flags are yes/no ({@code 1}/{@code 0}, blank is no); {@code
 * processing_time} is a number ({@code 5}, {@code 0.5}, {@code 0,5}), {@code processing_unit} one of
 * {@code working-days} (the default), {@code working-hours}, {@code days}, {@code
 * days-excluding-holidays} (or {@code ngày làm việc}, {@code giờ làm việc}, {@code ngày}). A
 * dossier's service level is its procedure's level for its agency.
 */
public final class ProceduresCsv {
  /** The columns every catalogue has. */
  public static final List<String> COLUMNS = List.of("code", "name", "field", "level");

  /** The largest processing time read, in any unit: ten years of days. */
  private static final BigDecimal MAX_PROCESSING_TIME = BigDecimal.valueOf(3_650);

  private ProceduresCsv() {}

  /** One row: the procedure as the row describes it, and the agency offering it, if any. */
  private record Row(Procedure procedure, Optional<String> agency, Location location) {}

  /**
   * The catalogue of {@code path}, read whole or not at all.
   *
   * @throws BadInputException listing every problem (duplicate codes name both lines)
   * @throws IOException if the file cannot be read
   */
  public static ProcedureCatalogue read(Path path) throws IOException {
    return read(path, ReadOptions.defaults());
  }

  /**
   * As {@link #read(Path)}, with {@code options}.
   *
   * @throws BadInputException listing every problem (the first, if the options say so)
   * @throws IOException if the file cannot be read
   */
  public static ProcedureCatalogue read(Path path, ReadOptions options) throws IOException {
    Intake<Row> intake = CsvRecords.read(path, COLUMNS, ProceduresCsv::row, options);
    intake.rejectDuplicates(
        r -> r.procedure().code() + r.agency().map(a -> " offered by " + a).orElse(""), "code", null);
    List<Row> rows = intake.values();
    Map<String, Procedure> entries = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.agency().isEmpty()) {
        entries.put(r.procedure().code(), r.procedure());
      }
    }
    for (Row r : rows) {
      entries.putIfAbsent(r.procedure().code(), r.procedure());
    }
    List<Problem> problems = new ArrayList<>(intake.problems());
    ProcedureCatalogue.Builder b = ProcedureCatalogue.builder().addAll(entries.values());
    for (Row r : rows) {
      Procedure entry = entries.get(r.procedure().code());
      if (!entry.name().equals(r.procedure().name()) || !entry.field().equals(r.procedure().field())) {
        problems.add(
            Problem.of(
                r.location(),
                r.procedure().code(),
                "field",
                "name or field differ from the procedure's other row ('" + entry.name() + "', '" + entry.field() + "')",
                r.procedure().field()));
      }
      r.agency()
          .ifPresent(
              agency ->
                  b.offer(
                      Offering.builder()
                          .agencyCode(agency)
                          .procedureCode(r.procedure().code())
                          .level(r.procedure().level())
                          .feeBearing(r.procedure().feeBearing())
                          .processingTime(r.procedure().processingTime())
                          .paperResultRequired(r.procedure().paperResultRequired())
                          .build()));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(Problem.of(Location.file(path.toString()), e.getMessage()));
    }
  }

  private static Row row(FieldReader f) {
    String code = f.required("code");
    String field = f.required("field");
    String levelText = f.required("level");
    ServiceLevel level = null;
    if (levelText != null) {
      try {
        level = ServiceLevel.parse(levelText);
      } catch (IllegalArgumentException e) {
        f.problem("level", "not a service level (2, 3, 4, partial or full)", levelText);
      }
    }
    boolean fee = f.flag("fee");
    boolean portal = f.flag("national_portal");
    boolean approved = f.flag("approved");
    boolean paper = f.flag("paper_result");
    Optional<ProcessingTime> time = processingTime(f);
    if (!f.ok()) {
      return null;
    }
    Procedure p =
        Procedure.builder()
            .code(code)
            .name(f.text("name").orElse(code))
            .field(field)
            .level(level)
            .feeBearing(fee)
            .onNationalPortal(portal)
            .onApprovedList(approved)
            .processingTime(time)
            .paperResultRequired(paper)
            .build();
    return new Row(p, f.text("agency"), f.record().location());
  }

  private static Optional<ProcessingTime> processingTime(FieldReader f) {
    Optional<String> amount = f.text("processing_time");
    Optional<String> unitText = f.text("processing_unit");
    if (amount.isEmpty()) {
      if (unitText.isPresent()) {
        f.problem("processing_time", "is missing, though processing_unit is given", null);
      }
      return Optional.empty();
    }
    if (!amount.get().matches("[0-9]{1,6}([.,][0-9]{1,3})?")) {
      f.problem("processing_time", "not a number (5, 0.5 or 0,5)", amount.get());
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(amount.get().replace(',', '.'));
    if (value.compareTo(MAX_PROCESSING_TIME) > 0) {
      f.problem("processing_time", "above " + MAX_PROCESSING_TIME + ", which no legal processing time is", amount.get());
      return Optional.empty();
    }
    ProcessingTime.Unit unit = unit(unitText.orElse("working-days"));
    if (unit == null) {
      f.problem(
          "processing_unit",
          "not a unit (working-days, working-hours, days, days-excluding-holidays)",
          unitText.orElse(""));
      return Optional.empty();
    }
    try {
      return Optional.of(ProcessingTime.of(value, unit));
    } catch (IllegalArgumentException e) {
      f.problem("processing_time", e.getMessage(), amount.get());
      return Optional.empty();
    }
  }

  private static ProcessingTime.Unit unit(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "working-days":
      case "ngày làm việc":
        return ProcessingTime.Unit.WORKING_DAYS;
      case "working-hours":
      case "giờ làm việc":
        return ProcessingTime.Unit.WORKING_HOURS;
      case "days":
      case "ngày":
        return ProcessingTime.Unit.CALENDAR_DAYS;
      case "days-excluding-holidays":
      case "ngày, trừ ngày nghỉ":
        return ProcessingTime.Unit.CALENDAR_DAYS_EXCLUDING_HOLIDAYS;
      default:
        return null;
    }
  }
}
