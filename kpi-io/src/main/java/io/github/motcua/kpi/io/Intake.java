package io.github.motcua.kpi.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The records of one input file (hồ sơ đã đọc): every record read is either accepted (with its
 * location) or rejected (with its problems), so {@code accepted + rejected = read} always holds.
 * Blank lines (empty, or only spaces — the last line of a file a spreadsheet saved, say) are no
 * records: they are skipped and counted in {@link #blankLines()}.
 *
 * @param <T> the value a record becomes
 */
public final class Intake<T> {

  /** An accepted record and where it was. */
  @Value.Immutable
  public abstract static class Accepted<T> {
    Accepted() {}

    /** Where the record was. */
    @Value.Parameter
    public abstract Location location();

    /** What it became. */
    @Value.Parameter
    public abstract T value();
  }

  /** A rejected record: where it was and every problem with it (at least one). */
  @Value.Immutable
  public abstract static class Rejected {
    Rejected() {}

    /** Where the record was. */
    @Value.Parameter
    public abstract Location location();

    /** Every problem with it. */
    @Value.Parameter
    public abstract List<Problem> problems();

    @Value.Check
    void check() {
      checkArgument(!problems().isEmpty(), "a rejection at %s names no problem", location());
    }
  }

  private final String file;
  private final List<Accepted<T>> accepted = new ArrayList<>();
  private final List<Rejected> rejected = new ArrayList<>();
  private long blankLines;

  /** The intake of {@code file}. */
  public Intake(String file) {
    this.file = file;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** Accepts a record. */
  public void accept(Location location, T value) {
    accepted.add(ImmutableAccepted.of(location, value));
  }

  /** Rejects a record for its problems (at least one). */
  public void reject(Location location, List<Problem> problems) {
    rejected.add(ImmutableRejected.of(location, problems));
  }

  /**
   * Rejects every accepted record whose key is shared with another, naming all the lines that share
   * it: which of two records with one id is right cannot be told, so neither is counted.
   *
   * @param key the record's key (agency code, {@code MaHoSo})
   * @param field the field holding the key
   * @param idOf the id to name in each problem ({@code MaHoSo}), or null for none
   */
  public void rejectDuplicates(Function<T, String> key, String field, Function<T, String> idOf) {
    Map<String, Integer> counts = new HashMap<>();
    for (Accepted<T> a : accepted) {
      counts.merge(key.apply(a.value()), 1, Integer::sum);
    }
    Map<String, List<Accepted<T>>> shared = new LinkedHashMap<>();
    for (Accepted<T> a : accepted) {
      String k = key.apply(a.value());
      if (counts.get(k) > 1) {
        shared.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
      }
    }
    if (shared.isEmpty()) {
      return;
    }
    List<Accepted<T>> kept = new ArrayList<>();
    for (Accepted<T> a : accepted) {
      List<Accepted<T>> same = shared.get(key.apply(a.value()));
      if (same == null) {
        kept.add(a);
        continue;
      }
      String others =
          same.stream()
              .filter(o -> o != a)
              .map(o -> o.location().position())
              .collect(Collectors.joining(", "));
      String id = idOf == null ? null : idOf.apply(a.value());
      rejected.add(
          ImmutableRejected.of(
              a.location(),
              List.of(
                  Problem.of(
                      a.location(),
                      id,
                      field,
                      "duplicate: the same value is also at " + (others.startsWith("record") ? "" : "line ") + others + " of this file",
                      key.apply(a.value())))));
    }
    accepted.clear();
    accepted.addAll(kept);
  }

  /** The accepted records, in file order. */
  public List<Accepted<T>> accepted() {
    return accepted;
  }

  /** The accepted values, in file order. */
  public List<T> values() {
    return accepted.stream().map(Accepted::value).toList();
  }

  /** The rejected records. */
  public List<Rejected> rejected() {
    return rejected;
  }

  /** Counts a blank line skipped. */
  void blankLine() {
    blankLines++;
  }

  /** The blank lines skipped: no records, neither accepted nor rejected. */
  public long blankLines() {
    return blankLines;
  }

  /**
   * The accepted values of a file that must be read whole or not at all (agencies, procedures).
   *
   * @throws BadInputException listing every problem if any record was rejected
   */
  public List<T> strict() {
    if (!rejected.isEmpty()) {
      throw new BadInputException(problems());
    }
    return values();
  }

  /** Records read: accepted plus rejected. */
  public long read() {
    return accepted.size() + rejected.size();
  }

  /** Every problem, in file order. */
  public List<Problem> problems() {
    List<Rejected> sorted = new ArrayList<>(rejected);
    sorted.sort(
        java.util.Comparator.comparingLong((Rejected r) -> r.location().line())
            .thenComparingLong(r -> r.location().record()));
    return sorted.stream().flatMap(r -> r.problems().stream()).toList();
  }
}
