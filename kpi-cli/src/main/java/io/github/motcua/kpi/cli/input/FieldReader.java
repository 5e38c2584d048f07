package io.github.motcua.kpi.cli.input;

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
 * ISO date-times ({@code 2020-01-05T08:30[:00]}) or as ISO dates ({@code 2020-01-05}, start of day).
 */
public final class FieldReader {
  private static final DateTimeFormatter PORTAL =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final RawRecord record;
  private final List<Problem> problems = new ArrayList<>();
  private String recordId;

  /** A reader of {@code record}'s fields. */
  public FieldReader(RawRecord record) {
    this.record = record;
  }

  /** The record read. */
  public RawRecord record() {
    return record;
  }

  /** Names the record (its {@code MaHoSo}) in every problem reported from now on and before. */
  public void identify(String id) {
    this.recordId = id;
    problems.replaceAll(
        p ->
            p.recordId().isPresent()
                ? p
                : ImmutableProblem.copyOf(p).withRecordId(Optional.ofNullable(id)));
  }

  /** The record's id, if {@link #identify} was called. */
  public Optional<String> recordId() {
    return Optional.ofNullable(recordId);
  }

  /** Whether no problem was found so far. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** The problems found so far. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Reports a problem with {@code field} and its {@code value} (may be null). */
  public void problem(String field, String message, String value) {
    problems.add(Problem.of(record.location(), recordId, field, message, value));
  }

  /** Reports a problem with the whole record. */
  public void problem(String message) {
    problems.add(Problem.of(record.location(), recordId, null, message, null));
  }

  /** The field's text, if any. */
  public Optional<String> text(String field) {
    return record.get(field);
  }

  /** The field's text; a problem (and null) when it is missing or blank. */
  public String required(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      problem(field, "is missing", record.has(field) ? "" : null);
      return null;
    }
    return v.get();
  }

  /** A count (whole number, not negative); empty and no problem when absent or blank. */
  public OptionalLong count(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    long n;
    try {
      n = Long.parseLong(v.get());
    } catch (NumberFormatException e) {
      problem(field, "not a whole number", v.get());
      return OptionalLong.empty();
    }
    if (n < 0) {
      problem(field, "negative count", v.get());
      return OptionalLong.empty();
    }
    return OptionalLong.of(n);
  }

  /** A whole number, any sign; empty and no problem when absent or blank. */
  public OptionalLong integer(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(v.get()));
    } catch (NumberFormatException e) {
      problem(field, "not a whole number", v.get());
      return OptionalLong.empty();
    }
  }

  /** A date and time (see the class comment); empty and no problem when absent or blank. */
  public Optional<LocalDateTime> dateTime(String field) {
    Optional<String> v = record.get(field);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDateTime> t = parseDateTime(v.get());
    if (t.isEmpty()) {
      problem(field, "not a date (yyyyMMddHHmmss, yyyy-MM-dd or yyyy-MM-ddTHH:mm)", v.get());
    }
    return t;
  }

  /** A date ({@code yyyy-MM-dd}, or a date-time whose date is taken); empty when absent. */
  public Optional<LocalDate> date(String field) {
    return dateTime(field).map(LocalDateTime::toLocalDate);
  }

  /**
   * A yes/no field: {@code 1}, {@code true}, {@code yes}, {@code x} (and the Vietnamese {@code có})
   * are yes; {@code 0}, {@code false}, {@code no}, {@code không} and blank are no.
   */
  public boolean flag(String field) {
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

  /** Parses the accepted date forms, empty if none fits. */
  static Optional<LocalDateTime> parseDateTime(String text) {
    try {
      if (text.length() == 14 && text.chars().allMatch(Character::isDigit)) {
        return Optional.of(LocalDateTime.parse(text, PORTAL));
      }
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).atStartOfDay());
      }
      return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
