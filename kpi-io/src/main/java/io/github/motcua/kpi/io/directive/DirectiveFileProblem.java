package io.github.motcua.kpi.io.directive;

import org.immutables.value.Value;

/**
 * One problem of a directive file: the file, the line, the key path ({@code
 * requirements[0].indicator}; empty for the file as a whole) and what is wrong. Its {@link
 * #toString()} is the line the command line prints: {@code hn.yaml:14: requirements[0].indicator:
 * unknown indicator 'online-or-vneidd'}.
 */
@Value.Immutable
public abstract class DirectiveFileProblem {
  DirectiveFileProblem() {}

  /** The file, as the caller named it. */
  @Value.Parameter
  public abstract String file();

  /** The 1-based line; 0 when the problem is not on one line (the file cannot be read). */
  @Value.Parameter
  public abstract int line();

  /** The key path, e.g. {@code requirements[0].indicator}; empty for the file as a whole. */
  @Value.Parameter
  public abstract String key();

  /** What is wrong. */
  @Value.Parameter
  public abstract String message();

  /** A problem. */
  public static DirectiveFileProblem of(String file, int line, String key, String message) {
    return ImmutableDirectiveFileProblem.of(file, line, key, message);
  }

  @Override
  public String toString() {
    return file() + (line() > 0 ? ":" + line() : "") + ": " + (key().isEmpty() ? "" : key() + ": ") + message();
  }
}
