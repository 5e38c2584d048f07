package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.WorkRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The work-records file (hồ sơ công việc): {@code agency,classified,online}, one row a record, with
 * an optional {@code id}; {@code agency} is a code or a name of the agencies known, {@code
 * classified} and {@code online} are yes/no and must be given (a blank would silently count the
 * record as open and not online).
 */
public final class WorkRecordsCsv {
  /** The required columns. */
  public static final List<String> COLUMNS = List.of("agency", "classified", "online");

  /** What a record naming no agency of the directory is told. */
  static final String UNKNOWN_AGENCY = "unknown agency (neither a code nor a name of the agencies given)";

  private WorkRecordsCsv() {}

  /**
   * Reads {@code path}.
   *
   * @throws BadInputException if the header or the CSV itself is bad
   * @throws IOException if the file cannot be read
   */
  public static Intake<WorkRecord> read(Path path, AgencyDirectory agencies) throws IOException {
    return read(path, agencies, ReadOptions.defaults());
  }

  /**
   * Reads {@code path} with {@code options}.
   *
   * @throws BadInputException if the header or the CSV itself is bad (or at the first bad row, if
   *     the options say so)
   * @throws IOException if the file cannot be read
   */
  public static Intake<WorkRecord> read(Path path, AgencyDirectory agencies, ReadOptions options) throws IOException {
    return CsvRecords.read(
        path,
        COLUMNS,
        f -> {
          Agency agency = f.agency("agency", agencies, UNKNOWN_AGENCY);
          boolean classified = f.requiredFlag("classified");
          boolean online = f.requiredFlag("online");
          return f.ok() ? WorkRecord.of(agency.code(), classified, online) : null;
        },
        options);
  }
}
