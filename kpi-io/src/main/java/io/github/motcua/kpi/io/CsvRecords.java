package io.github.motcua.kpi.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads every row of a CSV file through a {@link RecordBinder} into an {@link Intake}. */
final class CsvRecords {
  private CsvRecords() {}

  /**
   * Reads {@code path}, whose header must hold {@code required}.
   *
   * @throws BadInputException if the header lacks a column or the file is not valid CSV
   */
  static <T> Intake<T> read(Path path, List<String> required, RecordBinder<T> binder, ReadOptions options)
      throws IOException {
    try (CsvFile csv = CsvFile.open(path, options.limits())) {
      return read(csv, required, binder, options);
    }
  }

  /** Reads CSV text named {@code name}. */
  static <T> Intake<T> read(String name, Reader reader, List<String> required, RecordBinder<T> binder, ReadOptions options)
      throws IOException {
    try (CsvFile csv = CsvFile.open(name, reader, options.limits())) {
      return read(csv, required, binder, options);
    }
  }

  /** Reads the rows of an open file. */
  static <T> Intake<T> read(CsvFile csv, List<String> required, RecordBinder<T> binder, ReadOptions options)
      throws IOException {
    csv.requireColumns(required.toArray(String[]::new));
    Intake<T> intake = new Intake<>(csv.name());
    Optional<CsvFile.Row> row;
    while ((row = csv.next()).isPresent()) {
      List<Problem> text = row.get().textProblems();
      if (!text.isEmpty()) {
        intake.reject(row.get().location(), text);
      } else {
        RecordBinder.into(intake, row.get(), binder, options);
      }
      if (options.stopAtFirstProblem() && !intake.rejected().isEmpty()) {
        throw new BadInputException(intake.problems());
      }
    }
    for (long i = 0; i < csv.blankLines(); i++) {
      intake.blankLine();
    }
    return intake;
  }
}
