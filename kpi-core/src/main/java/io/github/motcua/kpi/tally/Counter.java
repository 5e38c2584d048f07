package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.When;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A counter (bộ đếm) of one agency over one period: a named predicate over one dossier's facts as of
 * the evaluation, counting the {@linkplain Kind#DOSSIERS dossiers} that meet it or the {@linkplain
 * Kind#PROCEDURES distinct procedures} that have one; or a figure that is only
 * {@linkplain Kind#REPORTED reported} (work records, petitions, catalogue publications). Its
 * {@link #id()} is the column name of the aggregate CSV.
 *
 * <p>The standard counters of docs/DIRECTIVES.md ("Counters — the aggregate form") are constants here,
 * defined the same way as any counter a rule module or a directive file declares: there is no
 * privileged path. A counter that is "of those" of another names it as {@link #whole()}: its
 * condition must imply the whole's (checked), and it may never exceed it.
 *
 * <pre>{@code
 * Counter viaVneid = Counter.dossiers("received_vneid", "dossiers received through VNeID",
 *     Where.builder().received(When.IN_PERIOD).status("accepted").channel(Channel.VNEID).build());
 * }</pre>
 *
 * <p><b>Readings of the standard counters</b> (docs/DIRECTIVES.md): a dossier counts as received,
 * finished, returned or overdue only when it was accepted — a dossier not accepted or withdrawn
 * (national status 3 or 7) counts only as {@code not_accepted}, never as late; online dossiers are
 * those submitted through a portal or through VNeID (Nghị định 367/2025/NĐ-CP); a procedure the
 * agency handles is one it is declared to offer or one with a dossier touching the period; every
 * dossier read counts in {@code dossiers_read}, and those touching the period in no way in {@code
 * out_of_period}.
 */
@Value.Immutable(prehash = true)
public abstract class Counter {
  Counter() {}

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.\\-]*(:.+)?");

  /** What a counter counts. */
  public enum Kind {
    /** Dossiers meeting the condition. */
    DOSSIERS,
    /** Distinct procedures with a dossier meeting the condition (or offered, see {@link #offered()}). */
    PROCEDURES,
    /** A figure only reported as such (aggregate input), never computed from dossiers. */
    REPORTED
  }

  /** The counter's id, e.g. {@code level3_online}: the aggregate CSV's column name. */
  public abstract String id();

  /** What it counts, in words. */
  public abstract String description();

  /** What it counts: dossiers, distinct procedures, or a reported figure. */
  public abstract Kind kind();

  /** The condition a dossier must meet to count (for a reported figure: none). */
  @Value.Default
  public Where where() {
    return Where.all();
  }

  /**
   * For a procedure counter: the procedures the agency is declared to offer that also count, if
   * their offering meets this condition (procedure facts only: level, field, procedure, fee,
   * national-portal, approved-list, paper-result). Empty: only procedures with a dossier count.
   */
  public abstract Optional<Where> offered();

  /** The counter this one is "of those" of, which it may never exceed. */
  public abstract Optional<Counter> whole();

  /** A counter of the dossiers meeting {@code where}. */
  public static Counter dossiers(String id, String description, Where where) {
    return ImmutableCounter.builder().id(id).description(description).kind(Kind.DOSSIERS).where(where).build();
  }

  /** A counter of the distinct procedures with a dossier meeting {@code where}. */
  public static Counter procedures(String id, String description, Where where) {
    return ImmutableCounter.builder().id(id).description(description).kind(Kind.PROCEDURES).where(where).build();
  }

  /** A figure that is only reported (aggregate input), never computed from dossiers. */
  public static Counter reported(String id, String description) {
    return ImmutableCounter.builder().id(id).description(description).kind(Kind.REPORTED).build();
  }

  /** A builder, for counters with a whole or offered procedures. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Counter} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableCounter.Builder {}

  /** This counter, "of those" of {@code whole}. */
  public Counter ofThose(Counter whole) {
    return Counter.builder().from(this).whole(whole).build();
  }

  /** Whether the counter counts distinct procedures rather than dossiers. */
  public boolean isDistinct() {
    return kind() == Kind.PROCEDURES;
  }

  /** Whether the counter is computed from dossiers (not only reported). */
  public boolean isComputed() {
    return kind() != Kind.REPORTED;
  }

  /** The facts the counter tests (its offered condition's included). */
  public Set<Fact> facts() {
    Set<Fact> out = EnumSet.noneOf(Fact.class);
    out.addAll(where().facts());
    offered().ifPresent(o -> out.addAll(o.facts()));
    return out;
  }

  /**
   * The facts that must be known for the counter to be reported: those it tests, except that a
   * condition on the status needs only what it tells apart (the finished instant when it separates
   * finished from open dossiers, the due date when it separates on time from late). A counter
   * needing a fact the input did not carry ({@link io.github.motcua.kpi.model.Dossier#unknownFacts()})
   * is not reported; a reader that learns which facts a file carries only at its end drops such
   * counters from tallies counted chunk by chunk.
   */
  public Set<Fact> factsNeeded() {
    return FactNeeds.of(this);
  }

  /** The standard counters of docs/DIRECTIVES.md (and the accounting ones), in their order. */
  public static List<Counter> standard() {
    return Standard.ALL;
  }

  /** The standard counter with this id (case-insensitive), if any. */
  public static Optional<Counter> byId(String id) {
    return Optional.ofNullable(Standard.BY_ID.get(id.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * The overdue dossiers of one field (lĩnh vực), of those {@link #OVERDUE_TOTAL}: QT-2023's land
   * share (293 of 637). Its id is {@code overdue_total:field=FIELD}.
   */
  public static Counter overdueInField(String field) {
    checkArgument(!field.isBlank(), "blank field for the overdue dossiers of a field");
    return builder()
        .id("overdue_total:field=" + field.trim())
        .description("overdue dossiers of the field " + field.trim())
        .kind(Kind.DOSSIERS)
        .where(Where.builder().from(OVERDUE_TOTAL.where()).fact(Fact.FIELD, field).build())
        .whole(OVERDUE_TOTAL)
        .build();
  }

  @Override
  public String toString() {
    return id();
  }

  @Value.Check
  void check() {
    checkArgument(
        ID.matcher(id()).matches(),
        "counter id '%s' must be lower-case letters, digits, '_', '.' and '-' (then ':' and a"
            + " parameter)",
        id());
    checkArgument(!description().isBlank(), "counter %s has no description", id());
    if (kind() == Kind.REPORTED) {
      checkArgument(
          where().isAll() && offered().isEmpty(),
          "counter %s is only reported, so it has no condition",
          id());
    }
    offered()
        .ifPresent(
            o -> {
              checkArgument(kind() == Kind.PROCEDURES, "counter %s counts dossiers: no offered procedures", id());
              Set<Fact> bad = EnumSet.noneOf(Fact.class);
              bad.addAll(o.facts());
              bad.removeAll(PROCEDURE_FACTS);
              checkArgument(
                  bad.isEmpty(),
                  "counter %s: the offered condition tests %s, which are not facts of a procedure",
                  id(),
                  bad);
            });
    whole()
        .ifPresent(
            w -> {
              checkArgument(!w.id().equals(id()), "counter %s is of those of itself", id());
              checkArgument(
                  w.isDistinct() == isDistinct(),
                  "counter %s counts %s but its whole %s counts %s",
                  id(),
                  isDistinct() ? "procedures" : "dossiers",
                  w.id(),
                  w.isDistinct() ? "procedures" : "dossiers");
              if (isComputed() && w.isComputed()) {
                checkArgument(
                    where().implies(w.where())
                        && (offered().isEmpty()
                            || w.offered().isPresent() && offered().get().implies(w.offered().get())),
                    "counter %s is of those of %s, but its condition %s does not imply %s",
                    id(),
                    w.id(),
                    where(),
                    w.where());
              }
            });
  }

  /** The facts of a procedure (and its offering), which an offered condition may test. */
  static final Set<Fact> PROCEDURE_FACTS =
      EnumSet.of(
          Fact.LEVEL, Fact.FIELD, Fact.PROCEDURE, Fact.FEE, Fact.NATIONAL_PORTAL, Fact.APPROVED_LIST,
          Fact.PAPER_RESULT);

  // ---------------------------------------------------------------- the standard counters

  private static final Where ACCEPTED_IN_PERIOD =
      Where.builder().received(When.IN_PERIOD).status("accepted").build();

  /** Dossiers touching the period: received, finished or returned in it, or open at its end. */
  private static final Where TOUCHED =
      Where.builder()
          .status("accepted")
          .any(
              Where.builder().received(When.IN_PERIOD).build(),
              Where.builder().finished(When.IN_PERIOD).build(),
              Where.builder().returned(When.IN_PERIOD).build(),
              Where.builder().status("open").build())
          .build();

  private static Where receivedAnd(Fact fact, String... values) {
    return ACCEPTED_IN_PERIOD.and(fact, values);
  }

  /** Dossiers received: accepted, received in the period. */
  public static final Counter RECEIVED_TOTAL =
      dossiers("received_total", "dossiers received", ACCEPTED_IN_PERIOD);

  /** Of those, received through the public postal service. */
  public static final Counter RECEIVED_POSTAL =
      dossiers("received_postal", "dossiers received by post", receivedAnd(Fact.CHANNEL, "POSTAL"))
          .ofThose(RECEIVED_TOTAL);

  /** Of those, received online: through a portal or through VNeID. */
  public static final Counter RECEIVED_ONLINE =
      dossiers(
              "received_online",
              "dossiers received online (portal or VNeID)",
              receivedAnd(Fact.CHANNEL, "ONLINE", "VNEID"))
          .ofThose(RECEIVED_TOTAL);

  /** All dossiers (online, direct, postal, VNeID) of level-3 procedures. */
  public static final Counter LEVEL3_TOTAL =
      dossiers("level3_total", "dossiers of level-3 procedures", receivedAnd(Fact.LEVEL, "3"));

  /** Online dossiers of level-3 procedures. */
  public static final Counter LEVEL3_ONLINE =
      dossiers(
              "level3_online",
              "online dossiers of level-3 procedures",
              LEVEL3_TOTAL.where().and(Fact.CHANNEL, "ONLINE", "VNEID"))
          .ofThose(LEVEL3_TOTAL);

  /** All dossiers of level-4 procedures. */
  public static final Counter LEVEL4_TOTAL =
      dossiers("level4_total", "dossiers of level-4 procedures", receivedAnd(Fact.LEVEL, "4"));

  /** Online dossiers of level-4 procedures. */
  public static final Counter LEVEL4_ONLINE =
      dossiers(
              "level4_online",
              "online dossiers of level-4 procedures",
              LEVEL4_TOTAL.where().and(Fact.CHANNEL, "ONLINE", "VNEID"))
          .ofThose(LEVEL4_TOTAL);

  /** Procedures the agency handles: offered by it, or with a dossier touching the period. */
  public static final Counter PROCEDURES_TOTAL =
      builder()
          .id("procedures_total")
          .description("procedures the agency handles")
          .kind(Kind.PROCEDURES)
          .where(TOUCHED)
          .offered(Where.all())
          .build();

  /** Of those, offered online at level 3 or 4. */
  public static final Counter PROCEDURES_LEVEL34 =
      builder()
          .id("procedures_level34")
          .description("procedures handled at level 3 or 4")
          .kind(Kind.PROCEDURES)
          .where(TOUCHED.and(Fact.LEVEL, "3", "4"))
          .offered(Where.builder().level(3, 4).build())
          .whole(PROCEDURES_TOTAL)
          .build();

  /** Of those, with at least one online dossier in the period. */
  public static final Counter PROCEDURES_LEVEL34_WITH_ONLINE =
      builder()
          .id("procedures_level34_with_online")
          .description("level-3/4 procedures with at least one online dossier")
          .kind(Kind.PROCEDURES)
          .where(
              Where.builder()
                  .from(TOUCHED.and(Fact.LEVEL, "3", "4"))
                  .received(When.IN_PERIOD)
                  .channel(Channel.ONLINE, Channel.VNEID)
                  .build())
          .whole(PROCEDURES_LEVEL34)
          .build();

  /** Procedures with at least one dossier received or result returned by post. */
  public static final Counter PROCEDURES_POSTAL_USED =
      builder()
          .id("procedures_postal_used")
          .description("procedures with a dossier received or a result returned by post")
          .kind(Kind.PROCEDURES)
          .where(
              Where.builder()
                  .status("accepted")
                  .any(
                      Where.builder().received(When.IN_PERIOD).channel(Channel.POSTAL).build(),
                      Where.builder().received(When.IN_PERIOD).flag(Fact.RESULT_BY_POST, true).build(),
                      Where.builder().returned(When.IN_PERIOD).flag(Fact.RESULT_BY_POST, true).build())
                  .build())
          .whole(PROCEDURES_TOTAL)
          .build();

  /** Results returned. */
  public static final Counter RETURNED_TOTAL =
      dossiers(
          "returned_total",
          "results returned",
          Where.builder().returned(When.IN_PERIOD).status("accepted").build());

  /** Of those, returned through the public postal service. */
  public static final Counter RETURNED_POSTAL =
      dossiers(
              "returned_postal",
              "results returned by post",
              RETURNED_TOTAL.where().and(Fact.RESULT_BY_POST, "true"))
          .ofThose(RETURNED_TOTAL);

  /** Dossiers finished in the period. */
  public static final Counter FINISHED_TOTAL =
      dossiers(
          "finished_total",
          "dossiers finished",
          Where.builder().finished(When.IN_PERIOD).status("finished").build());

  /** Of those, finished on or before the due date. */
  public static final Counter FINISHED_ON_TIME =
      dossiers(
              "finished_on_time",
              "dossiers finished on or before their due date",
              FINISHED_TOTAL.where().and(Fact.STATUS, "finished-early", "finished-on-time"))
          .ofThose(FINISHED_TOTAL);

  /** Overdue dossiers: finished late in the period, or unfinished past their due date. */
  public static final Counter OVERDUE_TOTAL =
      dossiers(
          "overdue_total",
          "overdue dossiers (finished late, or in progress past due)",
          Where.builder()
              .status("overdue")
              .finished(When.IN_PERIOD, When.AFTER_PERIOD, When.NONE)
              .build());

  /** Of those, with an apology issued. */
  public static final Counter OVERDUE_APOLOGISED =
      dossiers(
              "overdue_apologised",
              "overdue dossiers with a written apology",
              OVERDUE_TOTAL.where().and(Fact.APOLOGY, "true"))
          .ofThose(OVERDUE_TOTAL);

  /** Dossiers carrying a fee or charge. */
  public static final Counter FEE_TOTAL =
      dossiers("fee_total", "dossiers carrying a fee or charge", receivedAnd(Fact.FEE, "true"));

  /** Of those, paid online (on the national portal or a provincial gateway). */
  public static final Counter FEE_PAID_ONLINE =
      dossiers(
              "fee_paid_online",
              "fee-bearing dossiers paid online",
              FEE_TOTAL.where().and(Fact.PAID_ONLINE, "true"))
          .ofThose(FEE_TOTAL);

  /** Of the fee-bearing dossiers, those paid on the national portal's platform only (code 1). */
  public static final Counter FEE_PAID_NATIONAL_PORTAL =
      dossiers(
              "fee_paid_national_portal",
              "fee-bearing dossiers paid on the national portal (DuocThanhToanTrucTuyen 1)",
              FEE_TOTAL.where().and(Fact.PAYMENT, "national-portal"))
          .ofThose(FEE_TOTAL);

  /** Dossiers received whose components were digitised (denominator {@code received_total}). */
  public static final Counter DIGITISED =
      dossiers("digitised", "dossiers received with digitised components", receivedAnd(Fact.DIGITISED, "true"))
          .ofThose(RECEIVED_TOTAL);

  /** Level-3/4 online services (the procedures handled at level 3 or 4). */
  public static final Counter SERVICES_LEVEL34 =
      Counter.builder().from(PROCEDURES_LEVEL34)
          .id("services_level34")
          .description("level-3/4 online services")
          .whole(Optional.empty()).build();

  /** Of those, integrated on the national portal. */
  public static final Counter SERVICES_ON_NATIONAL_PORTAL =
      builder()
          .id("services_on_national_portal")
          .description("level-3/4 online services integrated on the national portal")
          .kind(Kind.PROCEDURES)
          .where(SERVICES_LEVEL34.where().and(Fact.NATIONAL_PORTAL, "true"))
          .offered(SERVICES_LEVEL34.offered().orElseThrow().and(Fact.NATIONAL_PORTAL, "true"))
          .whole(SERVICES_LEVEL34)
          .build();

  /** Services on the approved list. */
  public static final Counter SERVICES_APPROVED =
      builder()
          .id("services_approved")
          .description("services on the approved list")
          .kind(Kind.PROCEDURES)
          .where(TOUCHED.and(Fact.APPROVED_LIST, "true"))
          .offered(Where.builder().flag(Fact.APPROVED_LIST, true).build())
          .build();

  /** Of those, provided per process (offered online at level 3 or 4). */
  public static final Counter SERVICES_APPROVED_DEPLOYED =
      builder()
          .id("services_approved_deployed")
          .description("approved services provided online at level 3 or 4")
          .kind(Kind.PROCEDURES)
          .where(SERVICES_APPROVED.where().and(Fact.LEVEL, "3", "4"))
          .offered(SERVICES_APPROVED.offered().orElseThrow().and(Fact.LEVEL, "3", "4"))
          .whole(SERVICES_APPROVED)
          .build();

  /** Non-classified work records (reported, or counted from work records). */
  public static final Counter WORK_RECORDS_TOTAL =
      reported("work_records_total", "non-classified work records");

  /** Of those, processed on the network. */
  public static final Counter WORK_RECORDS_ONLINE =
      reported("work_records_online", "non-classified work records processed on the network")
          .ofThose(WORK_RECORDS_TOTAL);

  /** Dossiers read for this agency, whatever the period: every dossier is accounted for. */
  public static final Counter DOSSIERS_READ =
      dossiers("dossiers_read", "dossiers read", Where.all());

  /** Of those, touching the period in no way (received, finished, returned, or open in it). */
  public static final Counter OUT_OF_PERIOD =
      dossiers(
              "out_of_period",
              "dossiers read that touch the period in no way",
              Where.builder()
                  .any(
                      Where.builder().status("not-received-yet").build(),
                      Where.builder()
                          .status("not-accepted", "withdrawn")
                          .received(When.BEFORE_PERIOD, When.AFTER_PERIOD)
                          .build(),
                      Where.builder()
                          .status("finished")
                          .received(When.BEFORE_PERIOD)
                          .finished(When.BEFORE_PERIOD)
                          .returned(When.BEFORE_PERIOD, When.AFTER_PERIOD, When.NONE)
                          .build())
                  .build())
          .ofThose(DOSSIERS_READ);

  /** Of those, received in the period but not accepted or withdrawn (national status 3 or 7). */
  public static final Counter NOT_ACCEPTED =
      dossiers(
              "not_accepted",
              "dossiers received but not accepted, or withdrawn",
              Where.builder().received(When.IN_PERIOD).status("not-accepted", "withdrawn").build())
          .ofThose(DOSSIERS_READ);

  /** Dossiers received in the period with no due date (counted on time). */
  public static final Counter NO_DUE_DATE =
      dossiers("no_due_date", "dossiers received with no due date", receivedAnd(Fact.DUE_DATE, "false"))
          .ofThose(RECEIVED_TOTAL);

  /** Dossiers received in the period whose channel the input did not state (read as direct). */
  public static final Counter CHANNEL_NOT_STATED =
      dossiers(
              "channel_not_stated",
              "dossiers received whose channel was not stated (read as direct)",
              receivedAnd(Fact.CHANNEL_STATED, "false"))
          .ofThose(RECEIVED_TOTAL);

  /** Dossiers finished in the period before their due date. */
  public static final Counter FINISHED_EARLY =
      dossiers(
              "finished_early",
              "dossiers finished before their due date",
              FINISHED_TOTAL.where().and(Fact.STATUS, "finished-early"))
          .ofThose(FINISHED_ON_TIME);

  /** Dossiers finished in the period after their due date. */
  public static final Counter FINISHED_LATE =
      dossiers(
              "finished_late",
              "dossiers finished after their due date",
              FINISHED_TOTAL.where().and(Fact.STATUS, "finished-late"))
          .ofThose(FINISHED_TOTAL);

  /** Dossiers open at the period's effective end and within their deadline. */
  public static final Counter IN_PROGRESS =
      dossiers("in_progress", "dossiers in progress within their deadline", Where.builder().status("in-progress").build());

  /** Of the open ones within deadline, due on the effective end or the next day. */
  public static final Counter DUE_WITHIN_24H =
      dossiers("due_within_24h", "dossiers in progress due within a day", Where.builder().status("due-soon").build())
          .ofThose(IN_PROGRESS);

  /** Dossiers open at the period's effective end and past their due date. */
  public static final Counter IN_PROGRESS_OVERDUE =
      dossiers(
              "in_progress_overdue",
              "dossiers in progress past their due date",
              Where.builder()
                  .status("in-progress-overdue")
                  .finished(When.AFTER_PERIOD, When.NONE)
                  .build())
          .ofThose(OVERDUE_TOTAL);

  /** Holds the list so that it is built after every constant. */
  private static final class Standard {
    static final List<Counter> ALL =
        List.of(
            LEVEL3_ONLINE, LEVEL3_TOTAL, LEVEL4_ONLINE, LEVEL4_TOTAL, PROCEDURES_TOTAL,
            PROCEDURES_LEVEL34, PROCEDURES_LEVEL34_WITH_ONLINE, PROCEDURES_POSTAL_USED,
            RECEIVED_TOTAL, RECEIVED_POSTAL, RECEIVED_ONLINE, RETURNED_TOTAL, RETURNED_POSTAL,
            FINISHED_TOTAL, FINISHED_ON_TIME, OVERDUE_TOTAL, OVERDUE_APOLOGISED, FEE_TOTAL,
            FEE_PAID_ONLINE, FEE_PAID_NATIONAL_PORTAL, DIGITISED, SERVICES_LEVEL34, SERVICES_ON_NATIONAL_PORTAL,
            SERVICES_APPROVED, SERVICES_APPROVED_DEPLOYED, WORK_RECORDS_TOTAL, WORK_RECORDS_ONLINE,
            DOSSIERS_READ, OUT_OF_PERIOD, NOT_ACCEPTED, NO_DUE_DATE, CHANNEL_NOT_STATED,
            FINISHED_EARLY, FINISHED_LATE, IN_PROGRESS, DUE_WITHIN_24H, IN_PROGRESS_OVERDUE);

    static final Map<String, Counter> BY_ID =
        ALL.stream().collect(Collectors.toUnmodifiableMap(Counter::id, Function.identity()));

    private Standard() {}
  }
}
