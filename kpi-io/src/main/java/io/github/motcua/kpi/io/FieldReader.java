package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads typed fields off one {@link RawRecord}, collecting a {@link Problem} for each field that
 * does not parse instead of stopping at the first: a caller reads every field, then builds its
 * value only if {@link #ok()}.
 *
 * <p>Dates and times are accepted as the national portal writes them ({@code yyyyMMddHHmmss}), as
 * ISO date-times ({@code 2020-01-05T08:30[:00]}) or as ISO dates ({@code 2020-01-05}, start of day),
 * from {@value LocalTimes#FIRST_YEAR} to {@value LocalTimes#LAST_YEAR}.
 */
final class FieldReader {
  private static final DateTimeFormatter PORTAL =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final RawRecord record;
  private final ReadLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  private String recordId;

  FieldReader(RawRecord record, ReadLimits limits) {
    this.record = record;
    this.limits = limits;
  }

  /** The record read. */
  RawRecord record() {
    return record;
  }

  /** The bounds the record is held to. */
  ReadLimits limits() {
    return limits;
  }

  /** Names the record (its {@code MaHoSo}) in every problem reported from now on and before. */
  void identify(String id) {
    this.recordId = id;
    problems.replaceAll(
        p ->
            p.recordId().isPresent()
                ? p
                : Problem.of(p.location(), id, p.field().orElse(null), p.message(), p.value().orElse(null)));
  }

  /** Whether no problem was found so far. */
  boolean ok() {
    return problems.isEmpty();
  }

  /** The problems found so far. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Reports a problem with {@code field} and its {@code value} (may be null). */
  void problem(String field, String message, String value) {
    problems.add(Problem.of(record.location(), recordId, field, message, value));
  }

  /** Reports a problem with the whole record. */
  void problem(String message) {
    problems.add(Problem.of(record.location(), recordId, null, message, null));
  }

  /** The field's text, if any. */
  Optional<String> text(String field) {
    return record.get(field);
  }

  /** The field's text; a problem (and null) when it is missing or blank. */
  String required(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      problem(field, "is missing", record.has(field) ? "" : null);
      return null;
    }
    return v.get();
  }

  /** A count (whole number, 0 to {@link ReadLimits#maxCount()}); empty and no problem when absent or blank. */
  OptionalLong count(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    long n;
    try {
      n = Long.parseLong(v.get());
    } catch (NumberFormatException e) {
      boolean digits = v.get().matches("[-+]?[0-9]+");
      problem(field, digits ? "a count above " + limits.maxCount() + ", more than any agency counts" : "not a whole number", v.get());
      return OptionalLong.empty();
    }
    if (n < 0) {
      problem(field, "negative count", v.get());
      return OptionalLong.empty();
    }
    if (n > limits.maxCount()) {
      problem(field, "a count above " + limits.maxCount() + ", more than any agency counts", v.get());
      return OptionalLong.empty();
    }
    return OptionalLong.of(n);
  }

  /** A whole number of at most nine digits, any sign; empty and no problem when absent or blank. */
  OptionalLong integer(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    if (!v.get().matches("[-+]?[0-9]{1,9}")) {
      problem(field, "not a whole number", v.get());
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(v.get()));
  }

  /** A date and time (see the class comment); empty and no problem when absent or blank. */
  Optional<LocalDateTime> dateTime(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDateTime> t = parseDateTime(v.get());
    if (t.isEmpty()) {
      problem(field, "not a date (yyyyMMddHHmmss, yyyy-MM-dd or yyyy-MM-ddTHH:mm)", v.get());
    } else if (!LocalTimes.inRange(t.get())) {
      problem(field, LocalTimes.OUT_OF_RANGE, v.get());
      return Optional.empty();
    }
    return t;
  }

  /** A date ({@code yyyy-MM-dd}, or a date-time whose date is taken); empty when absent. */
  Optional<LocalDate> date(String field) {
    return dateTime(field).map(LocalDateTime::toLocalDate);
  }

  /**
   * A yes/no field: {@code 1}, {@code true}, {@code yes}, {@code x} (and the Vietnamese {@code có})
   * are yes; {@code 0}, {@code false}, {@code no}, {@code không} and blank are no.
   */
  boolean flag(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      return false;
    }
    switch (v.get().toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
      case "yes":
      case "y":
      case "x":
      case "có":
        return true;
      case "0":
      case "false":
      case "no":
      case "n":
      case "không":
        return false;
      default:
        problem(field, "not a yes/no value (1/0, true/false, yes/no)", v.get());
        return false;
    }
  }

  /** A yes/no field that must be given: blank is a problem, not "no". */
  boolean requiredFlag(String field) {
    if (record.get(field).isEmpty()) {
      problem(field, "is missing: say yes or no (1/0)", record.has(field) ? "" : null);
      return false;
    }
    return flag(field);
  }

  /** The agency named in {@code field} by code or name, or null with a problem. */
  Agency agency(String field, AgencyDirectory agencies, String unknown) {
    return agency(field, agencies, unknown, null);
  }

  /**
   * The agency named in {@code field} by code, portal code or name on {@code day} (null: any day),
   * or null with a problem.
   */
  Agency agency(String field, AgencyDirectory agencies, String unknown, LocalDate day) {
    String text = required(field);
    if (text == null) {
      return null;
    }
    AgencyDirectory.Found found = agencies.lookup(text, day);
    if (found.agency().isPresent()) {
      return found.agency().get();
    }
    if (!found.sameName().isEmpty()) {
      problem(field, AgencyDirectory.ambiguous(found.sameName()), text);
    } else {
      problem(field, unknown, text);
    }
    return null;
  }

  /** Parses the accepted date forms, empty if none fits. */
  static Optional<LocalDateTime> parseDateTime(String text) {
    try {
      if (text.length() == 14 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.of(LocalDateTime.parse(text, PORTAL));
      }
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).atStartOfDay());
      }
      if (text.length() > 30) {
        return Optional.empty();
      }
      return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
