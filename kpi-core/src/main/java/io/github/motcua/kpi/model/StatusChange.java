package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * One step of a dossier's status history (quá trình xử lý): the national status code {@code
 * TrangThaiHoSo} it moved to, and when.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
public abstract class StatusChange {
  StatusChange() {}

  /** The national status code, 1 (new) to 10 (result returned). */
  @Value.Parameter
  public abstract int status();

  /** When the dossier entered it. */
  @Value.Parameter
  public abstract LocalDateTime at();

  /** The change to {@code status} at {@code at}. */
  public static StatusChange of(int status, LocalDateTime at) {
    return ImmutableStatusChange.of(status, at);
  }

  /**
   * Whether the status ends processing: 9 processed, 10 result returned, 8 stopped, 7 withdrawn or
   * 3 not accepted.
   */
  @JsonIgnore
  public boolean isTerminal() {
    return status() == 9 || status() == 10 || status() == 8 || status() == 7 || status() == 3;
  }

  /**
   * The priority of a terminal status when several end processing (QĐ 766 2.1: 9 before 10, then
   * 8, 7 or refusal); lower comes first.
   */
  int terminalPriority() {
    switch (status()) {
      case 9:
        return 0;
      case 10:
        return 1;
      default:
        return 2;
    }
  }

  @Value.Check
  void check() {
    checkArgument(
        status() >= 1 && status() <= 10, "status change to %s at %s: status must be 1 to 10", status(), at());
  }
}
