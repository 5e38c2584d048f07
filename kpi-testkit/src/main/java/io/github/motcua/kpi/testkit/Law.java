package io.github.motcua.kpi.testkit;

/** The laws {@link DirectiveLaws} checks, with the ids its failure messages name. */
enum Law {
  TARGET_THRESHOLD(
      "target-threshold",
      "a target is MET iff the exact ratio reaches the agency's threshold; a score is SCORED, never"
          + " MET or NOT_MET, and prints no target; NO_DATA when the ratio has no value or is not"
          + " reported"),
  NUMERATOR_MONOTONE(
      "numerator-monotone", "raising the numerator never lowers a verdict (MET to NOT_MET) or the points"),
  POINTS_BOUNDED(
      "points-bounded",
      "points lie between 0 and the curve's maximum, are the maximum from the full-points rate, and"
          + " are 0 where the rate has no value or is not reported"),
  TIERS(
      "tiers",
      "a rule judges only agencies of the tiers (and the role) it names; others are NOT_APPLICABLE"),
  DEADLINE_DATES(
      "deadline-dates",
      "a task done on or before its due date is DONE_ON_TIME, after it DONE_LATE; not done (by the"
          + " as-of date) it is PENDING up to the due date and OVERDUE after it; due before the"
          + " directive was issued, NOT_APPLICABLE; «trước ngày X» is due on X − 1, or on X under the"
          + " inclusive reading"),
  MERGE_AGGREGATE(
      "merge-aggregate",
      "evaluating a province whose aggregate tallies are split in two parts and merged gives the"
          + " report of the whole"),
  MERGE_DOSSIERS(
      "merge-dossiers",
      "evaluating tallies of dossiers split at any index and merged gives the report of one pass");

  private final String id;
  private final String statement;

  Law(String id, String statement) {
    this.id = id;
    this.statement = statement;
  }

  String id() {
    return id;
  }

  String statement() {
    return statement;
  }
}
