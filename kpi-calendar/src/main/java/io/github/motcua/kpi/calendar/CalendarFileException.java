package io.github.motcua.kpi.calendar;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A schedule file cannot be read: every problem found, in file order, each as {@code FILE:LINE:
 * field 'NAME': what is wrong ('value')} (line 1 is the header).
 */
public final class CalendarFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  /** The problems, at least one. */
  public CalendarFileException(List<String> problems) {
    super(describe(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String describe(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a calendar file exception needs at least one problem");
    }
    return problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
  }

  /** Every problem, one a line, in file order. */
  public List<String> problems() {
    return problems;
  }
}
