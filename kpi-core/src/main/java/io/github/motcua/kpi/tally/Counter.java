package io.github.motcua.kpi.tally;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The counters of one agency over one period, as named in docs/DIRECTIVES.md ("Counters — the aggregate
 * form"). Their {@link #id()}s are the column names of the aggregate CSV.
 *
 * <p>A counter that is "of those" of another names it as {@link #whole()}: it may never exceed it.
 * The {@linkplain #isDistinct() distinct} counters count procedures, not dossiers; computed from
 * dossiers they keep the set of procedure codes, so they stay exact when tallies merge. The last
 * group (from {@link #DOSSIERS_READ}) is not in docs/DIRECTIVES.md: it accounts for every dossier read
 * and gives the per-dossier status counts the anchors compute.
 */
public enum Counter {
  /** Online dossiers of level-3 procedures. */
  LEVEL3_ONLINE("level3_online", "LEVEL3_TOTAL", false),
  /** All dossiers (online, direct, postal) of level-3 procedures. */
  LEVEL3_TOTAL("level3_total", null, false),
  /** Online dossiers of level-4 procedures. */
  LEVEL4_ONLINE("level4_online", "LEVEL4_TOTAL", false),
  /** All dossiers of level-4 procedures. */
  LEVEL4_TOTAL("level4_total", null, false),
  /** Procedures the agency handles. */
  PROCEDURES_TOTAL("procedures_total", null, true),
  /** Of those, offered online at level 3 or 4. */
  PROCEDURES_LEVEL34("procedures_level34", "PROCEDURES_TOTAL", true),
  /** Of those, with at least one online dossier in the period. */
  PROCEDURES_LEVEL34_WITH_ONLINE("procedures_level34_with_online", "PROCEDURES_LEVEL34", true),
  /** Procedures with at least one dossier received or result returned by post. */
  PROCEDURES_POSTAL_USED("procedures_postal_used", "PROCEDURES_TOTAL", true),
  /** Dossiers received. */
  RECEIVED_TOTAL("received_total", null, false),
  /** Of those, received through the public postal service. */
  RECEIVED_POSTAL("received_postal", "RECEIVED_TOTAL", false),
  /** Results returned. */
  RETURNED_TOTAL("returned_total", null, false),
  /** Of those, returned through the public postal service. */
  RETURNED_POSTAL("returned_postal", "RETURNED_TOTAL", false),
  /** Dossiers finished in the period. */
  FINISHED_TOTAL("finished_total", null, false),
  /** Of those, finished on or before the due date. */
  FINISHED_ON_TIME("finished_on_time", "FINISHED_TOTAL", false),
  /** Overdue dossiers: finished late, or unfinished past their due date. */
  OVERDUE_TOTAL("overdue_total", null, false),
  /** Of those, with an apology issued. */
  OVERDUE_APOLOGISED("overdue_apologised", "OVERDUE_TOTAL", false),
  /** Dossiers carrying a fee or charge. */
  FEE_TOTAL("fee_total", null, false),
  /** Of those, paid online. */
  FEE_PAID_ONLINE("fee_paid_online", "FEE_TOTAL", false),
  /** Dossiers received whose components were digitised (denominator {@code received_total}). */
  DIGITISED("digitised", "RECEIVED_TOTAL", false),
  /** Level-3/4 online services. */
  SERVICES_LEVEL34("services_level34", null, true),
  /** Of those, integrated on the national portal. */
  SERVICES_ON_NATIONAL_PORTAL("services_on_national_portal", "SERVICES_LEVEL34", true),
  /** Services on the approved list. */
  SERVICES_APPROVED("services_approved", null, true),
  /** Of those, provided per process (offered online at level 3 or 4). */
  SERVICES_APPROVED_DEPLOYED("services_approved_deployed", "SERVICES_APPROVED", true),
  /** Non-classified work records. */
  WORK_RECORDS_TOTAL("work_records_total", null, false),
  /** Of those, processed on the network. */
  WORK_RECORDS_ONLINE("work_records_online", "WORK_RECORDS_TOTAL", false),

  /** Dossiers read for this agency, whatever the period: every dossier is accounted for. */
  DOSSIERS_READ("dossiers_read", null, false),
  /** Of those, touching the period in no way (received, finished, returned, or open in it). */
  OUT_OF_PERIOD("out_of_period", "DOSSIERS_READ", false),
  /** Of those, received in the period but not accepted or withdrawn (national status 3 or 7). */
  NOT_ACCEPTED("not_accepted", "DOSSIERS_READ", false),
  /** Dossiers received in the period with no due date (counted on time). */
  NO_DUE_DATE("no_due_date", "RECEIVED_TOTAL", false),
  /** Dossiers finished in the period before their due date. */
  FINISHED_EARLY("finished_early", "FINISHED_ON_TIME", false),
  /** Dossiers finished in the period after their due date. */
  FINISHED_LATE("finished_late", "FINISHED_TOTAL", false),
  /** Dossiers open at the period's effective end and within their deadline. */
  IN_PROGRESS("in_progress", null, false),
  /** Of the open ones within deadline, due on the effective end or the next day. */
  DUE_WITHIN_24H("due_within_24h", "IN_PROGRESS", false),
  /** Dossiers open at the period's effective end and past their due date. */
  IN_PROGRESS_OVERDUE("in_progress_overdue", "OVERDUE_TOTAL", false);

  private static final Map<String, Counter> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Counter::id, Function.identity()));

  private final String id;
  private final String wholeName;
  private final boolean distinct;

  Counter(String id, String wholeName, boolean distinct) {
    this.id = id;
    this.wholeName = wholeName;
    this.distinct = distinct;
  }

  /** The counter's id, e.g. {@code level3_online}: the aggregate CSV's column name. */
  public String id() {
    return id;
  }

  /** The counter this one is "of those" of, which it may never exceed. */
  public Optional<Counter> whole() {
    return Optional.ofNullable(wholeName).map(Counter::valueOf);
  }

  /** Whether the counter counts distinct procedures rather than dossiers. */
  public boolean isDistinct() {
    return distinct;
  }

  /** The counter with this id, if any. */
  public static Optional<Counter> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id.trim().toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return id;
  }
}
