package io.github.motcua.kpi.io.directive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one file so far. */
final class Problems {
  private final String file;
  private final List<DirectiveFileProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** Records a problem of the value at {@code path}, on {@code line}. */
  void add(int line, String path, String message) {
    found.add(DirectiveFileProblem.of(file, line, path, message));
  }

  /** Records a problem of {@code node}, at {@code path}. */
  void add(Node node, String path, String message) {
    add(node.line(), path, message);
  }

  int count() {
    return found.size();
  }

  /** Throws every problem, sorted by line (stable), if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      List<DirectiveFileProblem> sorted = new ArrayList<>(found);
      sorted.sort(Comparator.comparingInt(DirectiveFileProblem::line));
      throw new DirectiveFileException(sorted);
    }
  }
}
