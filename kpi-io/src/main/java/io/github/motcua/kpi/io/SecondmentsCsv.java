package io.github.motcua.kpi.io;

import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.model.Agency;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The secondments file (biệt phái): {@code official,agency,start,end,merged_unit}; {@code end} blank
 * while the term runs, {@code merged_unit} yes/no (blank is no). One official's term at one agency
 * from one start given twice is rejected on both lines: it would count twice.
 */
public final class SecondmentsCsv {
  /** The required columns. */
  public static final List<String> COLUMNS = List.of("official", "agency", "start");

  private SecondmentsCsv() {}

  /**
   * Reads {@code path}.
   *
   * @throws BadInputException if the header or the CSV itself is bad
   * @throws IOException if the file cannot be read
   */
  public static Intake<Secondment> read(Path path, AgencyDirectory agencies) throws IOException {
    return read(path, agencies, ReadOptions.defaults());
  }

  /**
   * Reads {@code path} with {@code options}.
   *
   * @throws BadInputException if the header or the CSV itself is bad (or at the first bad row, if
   *     the options say so)
   * @throws IOException if the file cannot be read
   */
  public static Intake<Secondment> read(Path path, AgencyDirectory agencies, ReadOptions options) throws IOException {
    Intake<Secondment> intake =
        CsvRecords.read(
            path,
            COLUMNS,
            f -> {
              String official = f.required("official");
              Agency agency = f.agency("agency", agencies, WorkRecordsCsv.UNKNOWN_AGENCY);
              f.required("start");
              Optional<LocalDate> start = f.date("start");
              Optional<LocalDate> end = f.date("end");
              boolean merged = f.flag("merged_unit");
              if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                f.problem("end", "is before the start (" + start.get() + ")", f.text("end").orElse(""));
              }
              if (!f.ok()) {
                return null;
              }
              Secondment.Builder b =
                  Secondment.builder().official(official).agencyCode(agency.code()).start(start.get()).end(end);
              return b.mergedUnit(merged).build();
            },
            options);
    intake.rejectDuplicates(
        s -> s.official() + " at " + s.agencyCode() + " from " + s.start(), "official", null);
    return intake;
  }
}
