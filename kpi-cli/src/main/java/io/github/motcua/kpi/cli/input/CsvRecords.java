package io.github.motcua.kpi.cli.input;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads every row of a CSV file through a {@link RecordBinder} into an {@link Intake}. */
public final class CsvRecords {
  private CsvRecords() {}

  /**
   * Reads {@code path}, whose header must hold {@code required}.
   *
   * @throws BadInputException if the header lacks a column or the file is not valid CSV
   */
  public static <T> Intake<T> read(Path path, List<String> required, RecordBinder<T> binder)
      throws IOException {
    try (CsvFile csv = CsvFile.open(path)) {
      return read(csv, required, binder);
    }
  }

  /** Reads CSV text named {@code name}. */
  public static <T> Intake<T> read(String name, Reader reader, List<String> required, RecordBinder<T> binder)
      throws IOException {
    try (CsvFile csv = CsvFile.open(name, reader)) {
      return read(csv, required, binder);
    }
  }

  /** Reads the rows of an open file. */
  public static <T> Intake<T> read(CsvFile csv, List<String> required, RecordBinder<T> binder)
      throws IOException {
    csv.requireColumns(required.toArray(String[]::new));
    Intake<T> intake = new Intake<>(csv.name());
    Optional<CsvFile.Row> row;
    while ((row = csv.next()).isPresent()) {
      List<Problem> text = row.get().textProblems();
      if (!text.isEmpty()) {
        intake.reject(row.get().location(), text);
        continue;
      }
      RecordBinder.into(intake, row.get(), binder);
    }
    return intake;
  }

  /**
   * The values of a reference file (agencies, procedures), which is read whole or not at all.
   *
   * @throws BadInputException listing every problem if any record was rejected
   */
  public static <T> List<T> strict(Intake<T> intake) {
    if (!intake.rejected().isEmpty()) {
      throw new BadInputException(intake.problems());
    }
    return intake.values();
  }
}
