package io.github.motcua.kpi.io;

import java.util.List;

/**
 * The input cannot be evaluated: the problems found, in file order — all of them, or the first ones
 * with how many there were in all ({@link #count()}). The command line prints them (up to a limit)
 * and exits with status 65 (EX_DATAERR).
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many problems are printed before "… and N more". */
  public static final int PRINT_LIMIT = 100;

  private final transient List<Problem> problems;
  private final long count;

  /** The problems, at least one. */
  public BadInputException(List<Problem> problems) {
    this(problems, problems.size());
  }

  /** The first problems (at least one) of {@code count} in all. */
  public BadInputException(List<Problem> problems, long count) {
    super(problems.isEmpty() ? "bad input" : problems.get(0).toString());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a bad-input exception needs at least one problem");
    }
    if (count < problems.size()) {
      throw new IllegalArgumentException("fewer problems in all (" + count + ") than listed (" + problems.size() + ")");
    }
    this.problems = List.copyOf(problems);
    this.count = count;
  }

  /** One problem. */
  public BadInputException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems listed. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems there were in all. */
  public long count() {
    return count;
  }

  /** The problems, one a line, at most {@code limit} of them, then {@code … and N more}. */
  public String describe(int limit) {
    StringBuilder s = new StringBuilder();
    int shown = Math.min(limit, problems.size());
    for (int i = 0; i < shown; i++) {
      s.append(problems.get(i)).append('\n');
    }
    if (count > shown) {
      s.append("… and ").append(count - shown).append(" more\n");
    }
    return s.toString();
  }
}
