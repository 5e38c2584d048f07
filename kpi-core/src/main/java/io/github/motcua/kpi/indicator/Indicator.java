package io.github.motcua.kpi.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.motcua.kpi.tally.Counter.*;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Tally;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An indicator (chỉ tiêu): a ratio of counters over one agency and one period — the sum of its
 * numerator counters over the sum of its denominator counters — with the id used in
 * docs/DIRECTIVES.md, rules and reports.
 *
 * <p>The standard indicators are constants here, defined like any other; a rule module or a
 * directive file defines its own with {@link #of} or {@link #builder()}. The {@linkplain #ratio
 * ratio} of a tally is empty (no data) when a counter it needs is not reported, and has no value
 * (0/0) when its denominator is 0. Each numerator counter must be part of a denominator counter
 * (the same, "of those" of it, or with a condition that implies its condition).
 */
@Value.Immutable(prehash = true)
public abstract class Indicator {
  Indicator() {}

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.\\-]*(:.+)?");
  private static final String OVERDUE_SHARE_PREFIX = "overdue.share-by-field:";

  /** The indicator's id, e.g. {@code online-rate.level3}. */
  public abstract String id();

  /** What the numerator counts, in words. */
  public abstract String description();

  /** The counters summed into the numerator. */
  public abstract ImmutableList<Counter> numeratorCounters();

  /** The counters summed into the denominator. */
  public abstract ImmutableList<Counter> denominatorCounters();

  /** An indicator {@code numerator / denominator}. */
  public static Indicator of(String id, String description, Counter numerator, Counter denominator) {
    return builder()
        .id(id)
        .description(description)
        .addNumeratorCounters(numerator)
        .addDenominatorCounters(denominator)
        .build();
  }

  /** A builder, for indicators whose numerator or denominator sums several counters. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Indicator} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableIndicator.Builder {}

  /** The counters the indicator reads, numerator's first. */
  public Set<Counter> counters() {
    Set<Counter> out = new LinkedHashSet<>(numeratorCounters());
    out.addAll(denominatorCounters());
    return out;
  }

  /**
   * The indicator's exact ratio for {@code tally}; empty (no data) when a counter it needs is not
   * reported.
   *
   * @throws IllegalArgumentException naming the indicator if the numerator exceeds the
   *     denominator (counters that break their "of those" relation)
   */
  public Optional<Ratio> ratio(Tally tally) {
    for (Counter c : counters()) {
      if (!tally.isReported(c)) {
        return Optional.empty();
      }
    }
    long n = sum(tally, numeratorCounters());
    long d = sum(tally, denominatorCounters());
    checkArgument(n <= d, "indicator %s: numerator %s exceeds denominator %s", id(), n, d);
    return Optional.of(Ratio.of(n, d));
  }

  private static long sum(Tally tally, List<Counter> counters) {
    long s = 0;
    for (Counter c : counters) {
      s = Math.addExact(s, tally.get(c));
    }
    return s;
  }

  /**
   * {@code overdue.share-by-field:FIELD}: the overdue dossiers of one field (lĩnh vực) / all overdue
   * dossiers (QT-2023: land 293 of 637 = 45.99 %).
   */
  public static Indicator overdueShareOf(String field) {
    checkArgument(!field.isBlank(), "blank field for overdue.share-by-field");
    return of(
        OVERDUE_SHARE_PREFIX + field.trim(),
        "overdue dossiers of the field " + field.trim(),
        Counter.overdueInField(field),
        OVERDUE_TOTAL);
  }

  /** The standard indicators of docs/DIRECTIVES.md. */
  public static List<Indicator> standard() {
    return Standard.ALL;
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
    Indicator found = Standard.BY_ID.get(id);
    checkArgument(found != null, "unknown indicator '%s'; known: %s", id, Standard.BY_ID.keySet());
    return found;
  }

  /** The standard indicator with this id, if any. */
  public static Optional<Indicator> find(String id) {
    try {
      return Optional.of(byId(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return id();
  }

  @Value.Check
  void check() {
    checkArgument(ID.matcher(id()).matches(), "indicator id '%s' must be lower-case letters, digits, '_', '.' and '-'", id());
    checkArgument(!numeratorCounters().isEmpty(), "indicator %s has no numerator counter", id());
    checkArgument(!denominatorCounters().isEmpty(), "indicator %s has no denominator counter", id());
    for (Counter n : numeratorCounters()) {
      checkArgument(
          denominatorCounters().stream().anyMatch(d -> partOf(n, d)),
          "indicator %s: the numerator counter %s is not part of a denominator counter %s (the"
              + " same, of those of it, or with a condition implying its condition)",
          id(),
          n.id(),
          denominatorCounters());
    }
  }

  private static boolean partOf(Counter part, Counter whole) {
    for (Optional<Counter> c = Optional.of(part); c.isPresent(); c = c.get().whole()) {
      if (c.get().id().equals(whole.id())) {
        return true;
      }
    }
    return part.isComputed()
        && whole.isComputed()
        && part.isDistinct() == whole.isDistinct()
        && part.where().implies(whole.where());
  }

  // ---------------------------------------------------------------- the standard indicators

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
      builder()
          .id("online-rate.level3-4")
          .description("online dossiers of level-3 and level-4 procedures")
          .addNumeratorCounters(LEVEL3_ONLINE, LEVEL4_ONLINE)
          .addDenominatorCounters(LEVEL3_TOTAL, LEVEL4_TOTAL)
          .build();

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
      builder()
          .id("on-time.including-open-overdue")
          .description("dossiers finished on time, over those finished plus those open past their due date")
          .addNumeratorCounters(FINISHED_ON_TIME)
          .addDenominatorCounters(FINISHED_TOTAL, IN_PROGRESS_OVERDUE)
          .build();

  /** {@code apology}: overdue dossiers with an apology issued / overdue dossiers. */
  public static final Indicator APOLOGY =
      of("apology", "overdue dossiers with a written apology", OVERDUE_APOLOGISED, OVERDUE_TOTAL);

  /** {@code online-payment}: dossiers paid online / dossiers carrying a fee or charge. */
  public static final Indicator ONLINE_PAYMENT =
      of("online-payment", "fee-bearing dossiers paid online", FEE_PAID_ONLINE, FEE_TOTAL);

  /**
   * {@code online-payment.national-portal}: fee-bearing dossiers paid on the national portal's own
   * platform ({@code DuocThanhToanTrucTuyen} 1, not a provincial gateway) / fee-bearing dossiers:
   * for a province that reads «trên Cổng dịch vụ công quốc gia» to the letter.
   */
  public static final Indicator ONLINE_PAYMENT_NATIONAL_PORTAL =
      of(
          "online-payment.national-portal",
          "fee-bearing dossiers paid on the national portal's platform",
          FEE_PAID_NATIONAL_PORTAL,
          FEE_TOTAL);

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

  /** Holds the list so that it is built after every constant. */
  private static final class Standard {
    static final List<Indicator> ALL =
        List.of(
            ONLINE_RATE_LEVEL3, ONLINE_RATE_LEVEL4, ONLINE_RATE_LEVEL34,
            PROCEDURES_WITH_ONLINE_DOSSIERS, ONLINE_SERVICE_COVERAGE, POSTAL_PROCEDURES_USED,
            POSTAL_RECEIVED, POSTAL_RETURNED, ON_TIME, ON_TIME_INCLUDING_OPEN_OVERDUE, APOLOGY,
            ONLINE_PAYMENT, ONLINE_PAYMENT_NATIONAL_PORTAL, DIGITISED_COMPONENTS,
            NATIONAL_PORTAL_INTEGRATION, APPROVED_LIST_DEPLOYED,
            WORK_RECORDS_ONLINE_RATE);

    static final Map<String, Indicator> BY_ID =
        ALL.stream().collect(Collectors.toUnmodifiableMap(Indicator::id, Function.identity()));

    private Standard() {}
  }
}
