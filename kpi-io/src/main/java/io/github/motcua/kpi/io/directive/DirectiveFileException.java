package io.github.motcua.kpi.io.directive;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A directive file that cannot be used, with every problem found in it (a file is checked whole:
 * one bad key does not hide the next). The message lists them, one a line.
 */
public final class DirectiveFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<DirectiveFileProblem> problems;

  /** An exception carrying {@code problems} (at least one). */
  public DirectiveFileException(List<DirectiveFileProblem> problems) {
    super(problems.stream().map(DirectiveFileProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a directive file exception needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in file order. */
  public List<DirectiveFileProblem> problems() {
    return problems;
  }
}
