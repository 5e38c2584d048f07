package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The procedure catalogue file: {@code code,name,field,level,fee,national_portal,approved}. {@code
 * level} is {@code 2}, {@code 3}, {@code 4}, {@code partial}/{@code một phần} or {@code
 * full}/{@code toàn trình}; the three flags are yes/no ({@code 1}/{@code 0}, blank is no). A
 * dossier's service level is its procedure's level here.
 */
public final class ProceduresCsv {
  /** The columns every catalogue has ({@code fee}, {@code national_portal}, {@code approved} may be left out). */
  public static final List<String> COLUMNS = List.of("code", "name", "field", "level");

  private ProceduresCsv() {}

  /**
   * The catalogue of {@code path}.
   *
   * @throws BadInputException listing every problem (duplicate codes name both lines)
   */
  public static ProcedureCatalogue read(Path path) throws IOException {
    Intake<Procedure> intake = CsvRecords.read(path, COLUMNS, ProceduresCsv::procedure);
    intake.rejectDuplicates(Procedure::code, "code", null);
    return ProcedureCatalogue.of(CsvRecords.strict(intake));
  }

  private static Procedure procedure(FieldReader f) {
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
    if (!f.ok()) {
      return null;
    }
    return Procedure.builder()
        .code(code)
        .name(f.text("name").orElse(code))
        .field(field)
        .level(level)
        .feeBearing(fee)
        .onNationalPortal(portal)
        .onApprovedList(approved)
        .build();
  }
}
