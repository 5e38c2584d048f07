package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.io.Problem;
import io.github.motcua.kpi.io.RejectsCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems of one {@code evaluate} run, as they are found, in bounded memory: the first {@link
 * BadInputException#PRINT_LIMIT} kept to print, all counted, and — with {@code --rejects} — every one
 * written to the rejects file at once (opened at the first problem, so a run without problems
 * leaves none).
 */
final class ProblemLog implements Consumer<Problem>, AutoCloseable {
  private final Path rejectsFile;
  private final List<Problem> first = new ArrayList<>();
  private long count;
  private Writer writer;
  private RejectsCsv rejects;

  /** A log writing to {@code rejectsFile}, if not null. */
  ProblemLog(Path rejectsFile) {
    this.rejectsFile = rejectsFile;
  }

  @Override
  public void accept(Problem p) {
    count++;
    if (first.size() < BadInputException.PRINT_LIMIT) {
      first.add(p);
    }
    if (rejectsFile != null) {
      try {
        if (rejects == null) {
          writer = new BufferedWriter(
              new java.io.OutputStreamWriter(Files.newOutputStream(rejectsFile), StandardCharsets.UTF_8), 1 << 16);
          rejects = RejectsCsv.writer(writer);
        }
        rejects.write(p);
      } catch (IOException e) {
        throw OutputFailure.writing(rejectsFile, e);
      }
    }
  }

  /** Every problem of {@code list}, in order. */
  void addAll(List<Problem> list) {
    list.forEach(this);
  }

  /** How many problems there were. */
  long count() {
    return count;
  }

  /** The problems found, as an exception: the first ones and how many in all. */
  BadInputException exception() {
    return new BadInputException(first, count);
  }

  @Override
  public void close() {
    if (rejects != null) {
      try {
        rejects.close();
        writer.close();
      } catch (IOException e) {
        throw OutputFailure.writing(rejectsFile, e);
      }
    }
  }
}
