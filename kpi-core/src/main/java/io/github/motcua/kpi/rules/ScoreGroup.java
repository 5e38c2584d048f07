package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A group of a directive's scored rules (nhóm chỉ số), whose points a report adds up per agency:
 * QĐ 766 scores 100 points in six groups ({@code transparency}, 18 points, …). The group's maximum
 * is the sum of its rules' maxima.
 */
@Value.Immutable
public abstract class ScoreGroup {
  ScoreGroup() {}

  /** The group id, e.g. {@code transparency}. */
  @Value.Parameter
  public abstract String id();

  /** Its title in Vietnamese, as the document prints it, e.g. {@code Công khai, minh bạch}. */
  @Value.Parameter
  public abstract String title();

  /** A group. */
  public static ScoreGroup of(String id, String title) {
    return ImmutableScoreGroup.of(id, title);
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "a score group has a blank id (title '%s')", title());
    checkArgument(!title().isBlank(), "score group %s has no title", id());
  }
}
