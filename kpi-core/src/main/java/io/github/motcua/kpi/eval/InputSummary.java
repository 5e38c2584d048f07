package io.github.motcua.kpi.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How many input records were read, accepted and rejected: accepted + rejected = read, always. */
@Value.Immutable
@JsonSerialize(as = ImmutableInputSummary.class)
@JsonDeserialize(as = ImmutableInputSummary.class)
public abstract class InputSummary {
  InputSummary() {}

  /** Records read. */
  @Value.Parameter
  public abstract long read();

  /** Records accepted and counted. */
  @Value.Parameter
  public abstract long accepted();

  /** Records rejected, with their reasons written elsewhere. */
  @Value.Parameter
  public abstract long rejected();

  /**
   * Of the dossiers accepted, how many had no due date and were given one from their procedure's
   * legal processing time through a working calendar (0 when none were, or the input had no
   * dossiers).
   */
  @Value.Default
  public long dueDatesDerived() {
    return 0;
  }

  /**
   * Blank lines skipped in the record files (empty, or only spaces): not records, neither accepted
   * nor rejected, counted so that a report can say how many there were (0 when there were none).
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public long blankLines() {
    return 0;
  }

  /** A summary. */
  public static InputSummary of(long read, long accepted, long rejected) {
    return ImmutableInputSummary.of(read, accepted, rejected);
  }

  /** This summary, saying {@code count} due dates were derived. */
  public InputSummary withDueDatesDerived(long count) {
    return ImmutableInputSummary.builder().from(this).dueDatesDerived(count).build();
  }

  /** This summary, saying {@code count} blank lines were skipped. */
  public InputSummary withBlankLines(long count) {
    return ImmutableInputSummary.builder().from(this).blankLines(count).build();
  }

  @Value.Check
  void check() {
    checkArgument(
        read() >= 0 && accepted() >= 0 && rejected() >= 0,
        "negative input count (read %s, accepted %s, rejected %s)", read(), accepted(), rejected());
    checkArgument(
        accepted() + rejected() == read(),
        "accepted (%s) + rejected (%s) is not read (%s)",
        accepted(),
        rejected(),
        read());
    checkArgument(blankLines() >= 0, "negative number of blank lines %s", blankLines());
  }
}
