package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.WorkRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The work-records file (hồ sơ công việc): {@code agency,classified,online}, one row a record, with
 * an optional {@code id}; {@code agency} is a code or a name of the agencies known, {@code
 * classified} and {@code online} are yes/no (blank is no).
 */
public final class WorkRecordsCsv {
  /** The required columns. */
  public static final List<String> COLUMNS = List.of("agency", "classified", "online");

  private WorkRecordsCsv() {}

  /** Reads {@code path}. */
  public static Intake<WorkRecord> read(Path path, AgencyDirectory agencies) throws IOException {
    return CsvRecords.read(
        path,
        COLUMNS,
        f -> {
          Agency agency = known(f, agencies, "agency");
          boolean classified = f.flag("classified");
          boolean online = f.flag("online");
          return f.ok() ? WorkRecord.of(agency.code(), classified, online) : null;
        });
  }

  /** The agency named in {@code field}, or null with a problem. */
  static Agency known(FieldReader f, AgencyDirectory agencies, String field) {
    String text = f.required(field);
    if (text == null) {
      return null;
    }
    return agencies
        .find(text)
        .orElseGet(
            () -> {
              f.problem(field, "unknown agency (neither a code nor a name of the agencies given)", text);
              return null;
            });
  }
}
