package io.github.motcua.kpi.cli.input;

import java.util.List;

/**
 * The input cannot be evaluated: every problem found, in file order. The command line prints them
 * (up to a limit) and exits with status 65 (EX_DATAERR).
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many problems are printed before "… and N more". */
  public static final int PRINT_LIMIT = 100;

  private final transient List<Problem> problems;

  /** The problems, at least one. */
  public BadInputException(List<Problem> problems) {
    super(problems.isEmpty() ? "bad input" : problems.get(0).toString());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a bad-input exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** One problem. */
  public BadInputException(Problem problem) {
    this(List.of(problem));
  }

  /** Every problem found. */
  public List<Problem> problems() {
    return problems;
  }

  /** The problems, one a line, at most {@code limit} of them, then {@code … and N more}. */
  public String describe(int limit) {
    StringBuilder s = new StringBuilder();
    int shown = Math.min(limit, problems.size());
    for (int i = 0; i < shown; i++) {
      s.append(problems.get(i)).append('\n');
    }
    if (problems.size() > shown) {
      s.append("… and ").append(problems.size() - shown).append(" more\n");
    }
    return s.toString();
  }
}
