package io.github.motcua.kpi.io;

import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * What reading one dossiers file gave: the value read (tallies, columns or dossiers), and how every
 * record went — {@code accepted + rejected = read}, always — with the problems of the rejected ones,
 * the blank lines skipped, the facts the file did not carry, the keys it has that are not read.
 *
 * @param <T> the value read
 */
public final class DossierRead<T> {
  private final String file;
  private final T value;
  private final long accepted;
  private final long rejected;
  private final long blankLines;
  private final long dueDatesDerived;
  private final List<Problem> problems;
  private final long problemCount;
  private final Set<Fact> unknownFacts;
  private final List<String> keysNotRead;

  DossierRead(
      String file, T value, long accepted, long rejected, long blankLines, long dueDatesDerived,
      List<Problem> problems, long problemCount, Set<Fact> unknownFacts, List<String> keysNotRead) {
    this.file = file;
    this.value = value;
    this.accepted = accepted;
    this.rejected = rejected;
    this.blankLines = blankLines;
    this.dueDatesDerived = dueDatesDerived;
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
    this.unknownFacts = Set.copyOf(unknownFacts);
    this.keysNotRead = List.copyOf(keysNotRead);
  }

  /** The same read with {@code other} as its value. */
  <U> DossierRead<U> with(U other) {
    return new DossierRead<>(file, other, accepted, rejected, blankLines, dueDatesDerived, problems, problemCount,
        unknownFacts, keysNotRead);
  }

  /** The file, as named. */
  public String file() {
    return file;
  }

  /** What the accepted records became. */
  public T value() {
    return value;
  }

  /** Records read: accepted plus rejected. */
  public long read() {
    return accepted + rejected;
  }

  /** Records accepted. */
  public long accepted() {
    return accepted;
  }

  /** Records rejected, each for at least one problem. */
  public long rejected() {
    return rejected;
  }

  /** Blank lines skipped (no records). */
  public long blankLines() {
    return blankLines;
  }

  /** Of the accepted dossiers, those given a due date from their procedure's processing time. */
  public long dueDatesDerived() {
    return dueDatesDerived;
  }

  /**
   * The problems of the rejected records, in file order: all of them, or the first ones if the
   * reader was told to keep fewer ({@link DossierReader.Builder#keepProblems}).
   */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems there were in all (more than {@link #problems()} holds if some were not kept). */
  public long problemCount() {
    return problemCount;
  }

  /** The facts no record of the file carried: counters testing them are not reported. */
  public Set<Fact> unknownFacts() {
    return unknownFacts;
  }

  /**
   * Keys (JSON) or columns (CSV) of the file that are not read and misspell nothing read — the
   * applicant's phone number, say — at most 50, in the order met; nested ones as {@code
   * DanhSachLePhi[].MucPhi}.
   */
  public List<String> keysNotRead() {
    return keysNotRead;
  }

  /** Records read, accepted and rejected, blank lines and due dates derived, as a report states them. */
  public InputSummary summary() {
    return InputSummary.of(read(), accepted, rejected).withBlankLines(blankLines).withDueDatesDerived(dueDatesDerived);
  }

  @Override
  public String toString() {
    return file + ": read " + read() + ", accepted " + accepted + ", rejected " + rejected
        + (blankLines > 0 ? ", blank lines " + blankLines : "");
  }
}
