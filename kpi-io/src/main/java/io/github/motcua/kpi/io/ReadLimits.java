package io.github.motcua.kpi.io;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The bounds a reader holds an input to (giới hạn đọc), so that a hostile or broken file is bad
 * data named by file and line — never an exhausted memory, a stuck table or a failure to read. A
 * value beyond a bound is a problem of its record (the rest of the file is read); the defaults suit
 * any real export and can be raised.
 *
 * <p>JSON's bounds are Jackson's read constraints, set deliberately: nesting depth, string length,
 * number length and key length; a record (an NDJSON line, an element of a JSON array) is bounded in
 * bytes. A CSV value and a text a dossier keeps (its id, codes, names) are bounded in characters.
 */
@Value.Immutable
public abstract class ReadLimits {
  ReadLimits() {}

  private static final ReadLimits DEFAULTS = ImmutableReadLimits.builder().build();

  /** The defaults. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ReadLimits} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableReadLimits.Builder {}

  /** The characters of one CSV value or kept text (an id, a code, a name): 1,000. */
  @Value.Default
  public int maxFieldLength() {
    return 1_000;
  }

  /**
   * The characters of a JSON string that is read, and of a CSV value: 1,000,000 (a JSON string a
   * reader skips, such as an applicant's notes, is bounded by {@link #maxRecordBytes()}).
   */
  @Value.Default
  public int maxStringLength() {
    return 1_000_000;
  }

  /** The digits of a JSON number: 40. */
  @Value.Default
  public int maxNumberLength() {
    return 40;
  }

  /** How deep JSON arrays and objects nest: 32 (a dossier record needs 3). */
  @Value.Default
  public int maxNestingDepth() {
    return 32;
  }

  /** The characters of a JSON key: 200. */
  @Value.Default
  public int maxKeyLength() {
    return 200;
  }

  /** The bytes of one record: an NDJSON line, an element of a JSON array: 8 MiB. */
  @Value.Default
  public int maxRecordBytes() {
    return 8 << 20;
  }

  /**
   * The largest count an aggregate-figures file may give: 10¹² — more than any agency counts, and
   * small enough that sums over 65,536 agencies and a hundred counters cannot overflow.
   */
  @Value.Default
  public long maxCount() {
    return 1_000_000_000_000L;
  }

  @Value.Check
  void check() {
    checkArgument(maxFieldLength() > 0, "maxFieldLength must be positive, got %s", maxFieldLength());
    checkArgument(maxStringLength() >= maxFieldLength(),
        "maxStringLength (%s) must be at least maxFieldLength (%s)", maxStringLength(), maxFieldLength());
    checkArgument(maxNumberLength() >= 20, "maxNumberLength must be at least 20 digits, got %s", maxNumberLength());
    checkArgument(maxNestingDepth() >= 4, "maxNestingDepth must be at least 4, got %s", maxNestingDepth());
    checkArgument(maxKeyLength() >= 40, "maxKeyLength must be at least 40, got %s", maxKeyLength());
    checkArgument(maxRecordBytes() >= 1 << 12, "maxRecordBytes must be at least 4096, got %s", maxRecordBytes());
    checkArgument(maxRecordBytes() <= 1 << 30, "maxRecordBytes must be at most 2^30, got %s", maxRecordBytes());
    checkArgument(maxCount() > 0 && maxCount() <= 1_000_000_000_000_000L,
        "maxCount must be 1 to 10^15, got %s", maxCount());
  }
}
