package io.github.motcua.kpi.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.motcua.kpi.tally.Counter.*;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Tally;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An indicator (chỉ tiêu): a ratio of counters over one agency and one period, with the id used in
 * docs/DIRECTIVES.md, rules and reports.
 *
 * <p>The standard indicators are constants here; a rule module may define its own with {@link
 * #of}. The {@linkplain #ratio ratio} of a tally is empty (no data) when a counter it needs is not
 * reported, and has no value (0/0) when its denominator is 0.
 */
public final class Indicator {

  /** {@code online-rate.level3}: online / all dossiers of level-3 procedures (QT-1501 col. 9). */
  public static final Indicator ONLINE_RATE_LEVEL3 =
      of("online-rate.level3", "online dossiers of level-3 procedures", LEVEL3_ONLINE, LEVEL3_TOTAL);

  /** {@code online-rate.level4}: online / all dossiers of level-4 procedures (QT-1501 col. 12). */
  public static final Indicator ONLINE_RATE_LEVEL4 =
      of("online-rate.level4", "online dossiers of level-4 procedures", LEVEL4_ONLINE, LEVEL4_TOTAL);

  /**
   * {@code online-rate.level3-4}: online / all dossiers of level-3 and level-4 procedures, (7+10) /
   * (8+11) in QT-1501's appendix (col. 13). All four counters must be reported.
   */
  public static final Indicator ONLINE_RATE_LEVEL34 =
      new Indicator(
          "online-rate.level3-4",
          "online dossiers of level-3 and level-4 procedures",
          List.of(LEVEL3_ONLINE, LEVEL4_ONLINE),
          List.of(LEVEL3_TOTAL, LEVEL4_TOTAL),
          null);

  /**
   * {@code procedures-with-online-dossiers}: level-3/4 procedures with at least one online dossier
   * in the period / level-3/4 procedures offered (QN-07 §1 (1)). <b>Reading:</b> "có phát sinh hồ
   * sơ" = at least one online dossier.
   */
  public static final Indicator PROCEDURES_WITH_ONLINE_DOSSIERS =
      of(
          "procedures-with-online-dossiers",
          "level-3/4 procedures with at least one online dossier",
          PROCEDURES_LEVEL34_WITH_ONLINE,
          PROCEDURES_LEVEL34);

  /** {@code online-service-coverage}: procedures offered at level 3 or 4 / all procedures. */
  public static final Indicator ONLINE_SERVICE_COVERAGE =
      of(
          "online-service-coverage",
          "procedures offered at level 3 or 4",
          PROCEDURES_LEVEL34,
          PROCEDURES_TOTAL);

  /** {@code postal.procedures-used}: procedures with a dossier or result by post / deployed. */
  public static final Indicator POSTAL_PROCEDURES_USED =
      of(
          "postal.procedures-used",
          "procedures with a dossier received or a result returned by post",
          PROCEDURES_POSTAL_USED,
          PROCEDURES_TOTAL);

  /**
   * {@code postal.received}: dossiers received by post / all received (QN-07 §4 (2)).
   * <b>Reading:</b> the text says "thủ tục" but dossiers, not procedures, are received.
   */
  public static final Indicator POSTAL_RECEIVED =
      of("postal.received", "dossiers received through the public postal service", RECEIVED_POSTAL, RECEIVED_TOTAL);

  /** {@code postal.returned}: results returned by post / all results returned (QN-07 §4 (3)). */
  public static final Indicator POSTAL_RETURNED =
      of("postal.returned", "results returned through the public postal service", RETURNED_POSTAL, RETURNED_TOTAL);

  /**
   * {@code on-time}: dossiers finished on or before their due date / dossiers finished in the
   * period. <b>Reading:</b> the denominator is the dossiers finished in the period, as the
   * provincial report forms count (QT-2023: 151,606 / 152,243).
   */
  public static final Indicator ON_TIME =
      of("on-time", "dossiers finished on or before their due date", FINISHED_ON_TIME, FINISHED_TOTAL);

  /**
   * {@code on-time.including-open-overdue}: dossiers finished on or before their due date /
   * (dossiers finished in the period + dossiers still open past their due date at its end, "đang
   * xử lý quá hạn"). <b>Reading</b> (QT-2023's «chấm dứt tình trạng trễ hạn»): an open dossier past
   * due is late processing too, so it counts against the rate as a late finished one does; {@link
   * #ON_TIME} keeps the finished-only rate the report forms print (99.58 %). Both counters of the
   * denominator must be reported.
   */
  public static final Indicator ON_TIME_INCLUDING_OPEN_OVERDUE =
      new Indicator(
          "on-time.including-open-overdue",
          "dossiers finished on time, over those finished plus those open past their due date",
          List.of(FINISHED_ON_TIME),
          List.of(FINISHED_TOTAL, IN_PROGRESS_OVERDUE),
          null);

  /** {@code apology}: overdue dossiers with an apology issued / overdue dossiers. */
  public static final Indicator APOLOGY =
      of("apology", "overdue dossiers with a written apology", OVERDUE_APOLOGISED, OVERDUE_TOTAL);

  /** {@code online-payment}: dossiers paid online / dossiers carrying a fee or charge. */
  public static final Indicator ONLINE_PAYMENT =
      of("online-payment", "fee-bearing dossiers paid online", FEE_PAID_ONLINE, FEE_TOTAL);

  /** {@code digitised-components}: dossiers with digitised components / dossiers received. */
  public static final Indicator DIGITISED_COMPONENTS =
      of("digitised-components", "dossiers whose components were digitised", Counter.DIGITISED, RECEIVED_TOTAL);

  /** {@code national-portal-integration}: level-3/4 services on the national portal / all. */
  public static final Indicator NATIONAL_PORTAL_INTEGRATION =
      of(
          "national-portal-integration",
          "level-3/4 online services integrated on the national portal",
          SERVICES_ON_NATIONAL_PORTAL,
          SERVICES_LEVEL34);

  /** {@code approved-list-deployed}: approved services provided per process / approved services. */
  public static final Indicator APPROVED_LIST_DEPLOYED =
      of(
          "approved-list-deployed",
          "approved online services provided per process",
          SERVICES_APPROVED_DEPLOYED,
          SERVICES_APPROVED);

  /** {@code work-records-online}: non-classified work records processed on the network / all. */
  public static final Indicator WORK_RECORDS_ONLINE_RATE =
      of(
          "work-records-online",
          "non-classified work records processed on the network",
          WORK_RECORDS_ONLINE,
          WORK_RECORDS_TOTAL);

  private static final List<Indicator> STANDARD =
      List.of(
          ONLINE_RATE_LEVEL3, ONLINE_RATE_LEVEL4, ONLINE_RATE_LEVEL34,
          PROCEDURES_WITH_ONLINE_DOSSIERS, ONLINE_SERVICE_COVERAGE, POSTAL_PROCEDURES_USED,
          POSTAL_RECEIVED, POSTAL_RETURNED, ON_TIME, ON_TIME_INCLUDING_OPEN_OVERDUE, APOLOGY, ONLINE_PAYMENT, DIGITISED_COMPONENTS,
          NATIONAL_PORTAL_INTEGRATION, APPROVED_LIST_DEPLOYED, WORK_RECORDS_ONLINE_RATE);

  private static final Map<String, Indicator> BY_ID =
      STANDARD.stream().collect(Collectors.toUnmodifiableMap(Indicator::id, Function.identity()));

  private static final String OVERDUE_SHARE_PREFIX = "overdue.share-by-field:";

  private final String id;
  private final String description;
  private final ImmutableList<Counter> numerator;
  private final ImmutableList<Counter> denominator;
  private final String field;

  private Indicator(
      String id, String description, List<Counter> numerator, List<Counter> denominator, String field) {
    checkArgument(!id.isBlank(), "indicator id is blank");
    this.id = id;
    this.description = description;
    this.numerator = ImmutableList.copyOf(numerator);
    this.denominator = ImmutableList.copyOf(denominator);
    this.field = field;
  }

  /**
   * An indicator {@code numerator / denominator} with its own id, for rule modules that measure
   * something the standard indicators do not.
   */
  public static Indicator of(String id, String description, Counter numerator, Counter denominator) {
    return new Indicator(id, description, List.of(numerator), List.of(denominator), null);
  }

  /**
   * {@code overdue.share-by-field}: the overdue dossiers of one field (lĩnh vực) / all overdue
   * dossiers (QT-2023: land 293 of 637 = 45.99 %). Needs the per-field counts that tallies computed
   * from dossiers carry.
   */
  public static Indicator overdueShareOf(String field) {
    checkArgument(!field.isBlank(), "blank field for overdue.share-by-field");
    return new Indicator(
        OVERDUE_SHARE_PREFIX + field,
        "overdue dossiers of the field " + field,
        List.of(),
        List.of(OVERDUE_TOTAL),
        field);
  }

  /** The standard indicators of docs/DIRECTIVES.md. */
  public static List<Indicator> standard() {
    return STANDARD;
  }

  /**
   * The standard indicator with this id, or {@code overdue.share-by-field:FIELD}.
   *
   * @throws IllegalArgumentException listing the known ids if there is none
   */
  public static Indicator byId(String id) {
    if (id.startsWith(OVERDUE_SHARE_PREFIX)) {
      return overdueShareOf(id.substring(OVERDUE_SHARE_PREFIX.length()));
    }
    Indicator found = BY_ID.get(id);
    checkArgument(found != null, "unknown indicator '%s'; known: %s", id, BY_ID.keySet());
    return found;
  }

  /** The indicator's id, e.g. {@code online-rate.level3}. */
  public String id() {
    return id;
  }

  /** What the numerator counts, in words. */
  public String description() {
    return description;
  }

  /** The counters summed into the numerator. */
  public List<Counter> numeratorCounters() {
    return numerator;
  }

  /** The counters summed into the denominator. */
  public List<Counter> denominatorCounters() {
    return denominator;
  }

  /**
   * The indicator's exact ratio for {@code tally}; empty (no data) when a counter it needs is not
   * reported.
   */
  public Optional<Ratio> ratio(Tally tally) {
    for (Counter c : denominator) {
      if (!tally.isReported(c)) {
        return Optional.empty();
      }
    }
    for (Counter c : numerator) {
      if (!tally.isReported(c)) {
        return Optional.empty();
      }
    }
    long d = sum(tally, denominator);
    if (field != null) {
      if (d > 0 && tally.overdueByField().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Ratio.of(tally.overdueByField().getOrDefault(field, 0L), d));
    }
    return Optional.of(Ratio.of(sum(tally, numerator), d));
  }

  private static long sum(Tally tally, List<Counter> counters) {
    long s = 0;
    for (Counter c : counters) {
      s = Math.addExact(s, tally.get(c));
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indicator
        && id.equals(((Indicator) o).id)
        && numerator.equals(((Indicator) o).numerator)
        && denominator.equals(((Indicator) o).denominator);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
