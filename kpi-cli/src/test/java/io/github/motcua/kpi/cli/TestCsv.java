package io.github.motcua.kpi.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CSV file with a header as rows of column → value, for tests reading what the command wrote. */
final class TestCsv {
  private TestCsv() {}

  static List<Map<String, String>> rows(Reader in) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      while (it.hasNextValue()) {
        out.add(it.nextValue());
      }
    }
    return out;
  }

  static List<Map<String, String>> rows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return rows(in);
    }
  }

  /** The header of {@code file}. */
  static List<String> header(Path file) throws IOException {
    return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split(",", -1));
  }
}
