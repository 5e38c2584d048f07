package io.github.motcua.kpi.testkit;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How {@link DirectiveLaws} runs: the examples tried per law and rule, and the random seed.
 *
 * <p>The seed is fixed, so a law passes or fails the same way on every machine: by default the
 * {@code QT_SEED} system property (the build passes it to surefire), else {@link #DEFAULT_SEED}.
 * A failure prints the seed ("Seed was …"); explore other seeds with {@code -Dqt.seed=N}.
 */
public final class LawSettings {
  /** The seed used when the {@code QT_SEED} system property is not set. */
  public static final long DEFAULT_SEED = 20260421L;

  /** The examples tried per law and rule by default. */
  public static final int DEFAULT_EXAMPLES = 300;

  private final long seed;
  private final int examples;

  private LawSettings(long seed, int examples) {
    checkArgument(examples > 0, "examples must be positive, got %s", examples);
    this.seed = seed;
    this.examples = examples;
  }

  /** {@link #DEFAULT_EXAMPLES} examples, the seed of {@code QT_SEED} or {@link #DEFAULT_SEED}. */
  public static LawSettings defaults() {
    String property = System.getProperty("QT_SEED");
    long seed;
    try {
      seed = property == null || property.isBlank() ? DEFAULT_SEED : Long.parseLong(property.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property QT_SEED is not a whole number: '" + property + "'", e);
    }
    return new LawSettings(seed, DEFAULT_EXAMPLES);
  }

  /** These settings with {@code seed}. */
  public LawSettings withSeed(long seed) {
    return new LawSettings(seed, examples);
  }

  /**
   * These settings with {@code examples} examples per law and rule.
   *
   * @throws IllegalArgumentException if {@code examples} is not positive
   */
  public LawSettings withExamples(int examples) {
    return new LawSettings(seed, examples);
  }

  /** The random seed. */
  public long seed() {
    return seed;
  }

  /** The examples tried per law and rule. */
  public int examples() {
    return examples;
  }

  @Override
  public String toString() {
    return "LawSettings[seed " + seed + ", " + examples + " examples]";
  }
}
