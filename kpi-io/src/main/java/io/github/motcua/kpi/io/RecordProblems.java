package io.github.motcua.kpi.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of the record being read, named by file, line or record number and, once known, the
 * dossier's id. Reused from record to record: its location is made only when there is a problem.
 */
final class RecordProblems {
  private String file;
  private long line;
  private long record;
  private String id;
  private final List<Problem> list = new ArrayList<>();

  RecordProblems(String file) {
    this.file = file;
  }

  /** The records from now on are of {@code name}. */
  void file(String name) {
    this.file = name;
  }

  /**
   * Starts a record on {@code line} (line-based files) or numbered {@code record} (JSON arrays); both
   * 0 for a record located by its file alone.
   */
  void start(long line, long record) {
    this.line = line;
    this.record = record;
    this.id = null;
    list.clear();
  }

  Location location() {
    return record > 0 ? Location.record(file, record) : line > 0 ? Location.line(file, line) : Location.file(file);
  }

  /** Names the dossier in every problem of the record, before and after. */
  void identify(String recordId) {
    this.id = recordId;
    list.replaceAll(
        p -> p.recordId().isPresent() ? p : Problem.of(p.location(), recordId, p.field().orElse(null), p.message(), p.value().orElse(null)));
  }

  void add(String field, String message, String value) {
    list.add(Problem.of(location(), id, field, message, value));
  }

  void addAll(List<Problem> problems) {
    list.addAll(problems);
  }

  boolean ok() {
    return list.isEmpty();
  }

  List<Problem> list() {
    return List.copyOf(list);
  }
}
