package io.github.motcua.kpi.io;

import org.immutables.value.Value;

/**
 * How a reader treats what it reads: the {@link ReadLimits}, and whether it goes on after a bad
 * record (the default: every record is read, every problem named, the good records kept) or stops
 * at the first one with a {@link BadInputException}.
 */
@Value.Immutable
public abstract class ReadOptions {
  ReadOptions() {}

  private static final ReadOptions DEFAULTS = ImmutableReadOptions.builder().build();

  /** Every problem collected, default limits. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ReadOptions} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableReadOptions.Builder {}

  /** The bounds the input is held to. */
  @Value.Default
  public ReadLimits limits() {
    return ReadLimits.defaults();
  }

  /** Whether reading stops at the first bad record, throwing a {@link BadInputException}. */
  @Value.Default
  public boolean stopAtFirstProblem() {
    return false;
  }

  /** These options, stopping at the first bad record. */
  public ReadOptions stoppingAtFirstProblem() {
    return ReadOptions.builder().from(this).stopAtFirstProblem(true).build();
  }
}
