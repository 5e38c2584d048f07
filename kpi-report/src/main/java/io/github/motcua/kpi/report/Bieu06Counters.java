package io.github.motcua.kpi.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.When;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Where;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counters of Biểu 06 (Thông tư 01/2020/TT-VPCP, Biểu số 06/VPCP/KSTT), written as the core's
 * open counters: one per column and field (lĩnh vực), and one per column over every field. Each
 * column is a condition on the dossier's facts as of the period's effective end — when it was
 * received and when its processing ended against the period, its national status ({@code
 * TrangThaiHoSo}), its channel and the core's status by date — so the core counts it like any
 * other counter. The totals (3), (7) and (11) are counted by conditions of their own, not summed
 * from their parts, so the form's four checks are checks.
 *
 * <p><b>Readings</b> (as provincial systems in production count; {@link #READINGS} prints them on
 * the form):
 *
 * <ul>
 *   <li>A dossier is settled (đã giải quyết) when its processing ended ({@code NgayKetThucXuLy},
 *       else the first terminal status of its history) with national status 9 or 10, or with no
 *       status given; or when it was withdrawn (7) or stopped (8). Statuses 1, 2, 4, 5 and 6 are
 *       open whatever the dates say. When the result was handed over ({@code NgayTra}) does not
 *       decide.
 *   <li>Not accepted (3) dossiers are outside the form.
 *   <li>Received in the period: the date of {@code NgayTiepNhan} falls in it. Online: {@code
 *       KenhThucHien} 2 and VNeID; 1, 3 or no channel are direct or postal.
 *   <li>Carried over (6): received before the period and not settled when it began.
 *   <li>Deadlines are compared by date, the applicant's supplement time not taken off (the core's
 *       default reading); a dossier without a due date is settled on time, or in progress within
 *       its deadline.
 *   <li>Withdrawn (7) and stopped (8) dossiers are settled on time on the day they ended; one whose
 *       end is not dated is taken as ended on the day it was received. One that ended after the
 *       period is in progress at its end: a stopped one within or past its deadline by its due
 *       date, a withdrawn one within it (a withdrawn dossier is never late, as the core reads it).
 *   <li>A dossier waiting for the applicant's supplement (5) is in progress within its deadline.
 *   <li>A dossier with an open status (1, 2, 4, 6) but a processing end date is in progress: past
 *       its deadline when it finished after its due date, within it otherwise.
 *   <li>The period's end is its last day, or the as-of date if that is earlier.
 * </ul>
 *
 * <p>A counter that tests a fact the input does not carry (a dossier CSV without {@code status},
 * {@code finished} or {@code due}) is not reported, and the form is not made (see {@link Bieu06}).
 */
public final class Bieu06Counters {
  /** The readings taken, in Vietnamese, as printed on the form's notes. */
  public static final List<String> READINGS =
      List.of(
          "Hồ sơ đã giải quyết: đã kết thúc xử lý (NgayKetThucXuLy) với trạng thái 9 hoặc 10 (hoặc không"
              + " có trạng thái), hoặc đã rút (7), dừng xử lý (8); trạng thái 1, 2, 4, 5, 6 là đang giải"
              + " quyết. Ngày trả kết quả (NgayTra) không quyết định.",
          "Hồ sơ không được tiếp nhận (3) không tính vào biểu.",
          "Tiếp nhận trong kỳ: ngày tiếp nhận (NgayTiepNhan) thuộc kỳ. Trực tuyến: KenhThucHien 2 và"
              + " VNeID; 1, 3 hoặc không ghi kênh tính là trực tiếp, bưu chính.",
          "Từ kỳ trước chuyển qua: tiếp nhận trước kỳ, chưa giải quyết xong khi kỳ bắt đầu.",
          "Hạn so theo ngày; không trừ thời gian chờ bổ sung. Hồ sơ không có hạn tính là đúng hạn /"
              + " trong hạn.",
          "Hồ sơ rút (7), dừng (8) tính là giải quyết đúng hạn vào ngày kết thúc; không ghi ngày kết"
              + " thúc thì tính vào ngày tiếp nhận. Kết thúc sau kỳ: đang giải quyết khi kỳ kết thúc"
              + " (hồ sơ rút: trong hạn).",
          "Hồ sơ chờ bổ sung (5) là đang giải quyết trong hạn.",
          "Hồ sơ có trạng thái đang xử lý (1, 2, 4, 6) mà có ngày kết thúc xử lý: đang giải quyết,"
              + " quá hạn nếu kết thúc sau hạn.",
          "Cuối kỳ là ngày cuối của kỳ, hoặc ngày tính số liệu nếu sớm hơn.");

  /** The readings taken, in English. */
  public static final List<String> READINGS_EN =
      List.of(
          "Settled: processing ended (NgayKetThucXuLy) with status 9 or 10 (or no status), or withdrawn"
              + " (7) or stopped (8); statuses 1, 2, 4, 5, 6 are in progress. The day the result was"
              + " handed over (NgayTra) does not decide.",
          "Not accepted (3) dossiers are outside the form.",
          "Received in the period: the date of NgayTiepNhan falls in it. Online: KenhThucHien 2 and VNeID;"
              + " 1, 3 or no channel count as direct or postal.",
          "Carried over: received before the period and not settled when it began.",
          "Deadlines compared by date; the supplement time is not taken off. A dossier without a due"
              + " date is on time / within its deadline.",
          "Withdrawn (7) and stopped (8) dossiers are settled on time on the day they ended; undated,"
              + " on the day they were received. Ended after the period: in progress at its end"
              + " (withdrawn: within its deadline).",
          "A dossier awaiting the applicant's supplement (5) is in progress within its deadline.",
          "A dossier with an open status (1, 2, 4, 6) but a processing end date is in progress; past its"
              + " deadline if it ended after its due date.",
          "The period's end is its last day, or the as-of date if earlier.");

  /** The readings in {@code lang}. */
  public static List<String> readings(Lang lang) {
    return lang == Lang.VI ? READINGS : READINGS_EN;
  }

  /** Settled by the end date, early, on time or late by the due date: status 9, 10 or none. */
  private static final String[] BY_DATES = {"none", "9", "10"};
  /** Ended without a result: withdrawn (7) or stopped (8), settled on time. */
  private static final String[] ENDED = {"7", "8"};
  /** Open whatever the dates: 1, 2, 4, 5, 6. */
  private static final String[] OPEN = {"1", "2", "4", "5", "6"};
  /** Open, judged against the due date: 1, 2, 4, 6 (5 waits for the applicant). */
  private static final String[] OPEN_DATED = {"1", "2", "4", "6"};
  /** Every status but not accepted (3). */
  private static final String[] IN_FORM = {"none", "1", "2", "4", "5", "6", "7", "8", "9", "10"};
  /** Not settled at the period's end and no longer settling by dates: every status but 5, 7 and 3. */
  private static final String[] JUDGED_OPEN = {"none", "1", "2", "4", "6", "9", "10"};

  private static final Map<Bieu06Column, Where> WHERE = conditions();

  private Bieu06Counters() {}

  /** The condition of {@code column}, over every field. */
  public static Where where(Bieu06Column column) {
    return WHERE.get(column);
  }

  /** The counter of {@code column} over every field: id {@code bieu06.<key>}. */
  public static Counter counter(Bieu06Column column) {
    return Counter.dossiers("bieu06." + column.key(), description(column), WHERE.get(column));
  }

  /** The counter of {@code column} for one field: id {@code bieu06.<key>:field=<field>}. */
  public static Counter counter(Bieu06Column column, String field) {
    checkArgument(!field.isBlank(), "blank field for the Biểu 06 counter %s", column.key());
    return Counter.dossiers(
        "bieu06." + column.key() + ":field=" + field.trim(),
        description(column) + ", field " + field.trim(),
        Where.builder().from(WHERE.get(column)).fact(Fact.FIELD, field).build());
  }

  /**
   * Every counter of the form for {@code fields}: {@link Counter#DOSSIERS_READ} (so an agency with
   * dossiers whose facts are unknown is told from an agency with none), each column over every
   * field, then per field.
   */
  public static List<Counter> counters(Collection<String> fields) {
    List<Counter> out = new ArrayList<>();
    out.add(Counter.DOSSIERS_READ);
    for (Bieu06Column c : Bieu06Column.values()) {
      out.add(counter(c));
    }
    for (String field : fields) {
      for (Bieu06Column c : Bieu06Column.values()) {
        out.add(counter(c, field));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static String description(Bieu06Column c) {
    return "Biểu 06 column (" + c.number() + "): " + c.key().replace('_', ' ');
  }

  private static Where.Builder ns(String... statuses) {
    return Where.builder().fact(Fact.NATIONAL_STATUS, statuses);
  }

  private static Map<Bieu06Column, Where> conditions() {
    Map<Bieu06Column, Where> w = new EnumMap<>(Bieu06Column.class);
    Where receivedBefore = Where.builder().received(When.BEFORE_PERIOD).build();
    Where[] carried = {
      ns(BY_DATES).finished(When.IN_PERIOD, When.AFTER_PERIOD, When.NONE).build(),
      ns(OPEN).build(),
      ns(ENDED).finished(When.IN_PERIOD, When.AFTER_PERIOD).build()
    };
    w.put(
        Bieu06Column.RECEIVED_ONLINE,
        ns(IN_FORM).received(When.IN_PERIOD).channel(Channel.ONLINE, Channel.VNEID).build());
    w.put(
        Bieu06Column.RECEIVED_DIRECT_POSTAL,
        ns(IN_FORM).received(When.IN_PERIOD).channel(Channel.DIRECT, Channel.POSTAL).build());
    w.put(Bieu06Column.CARRIED_OVER, Where.builder().from(receivedBefore).any(carried).build());
    w.put(
        Bieu06Column.RECEIVED_TOTAL,
        ns(IN_FORM)
            .any(
                Where.builder().received(When.IN_PERIOD).build(),
                Where.builder().from(carried[0]).received(When.BEFORE_PERIOD).build(),
                Where.builder().from(carried[1]).received(When.BEFORE_PERIOD).build(),
                Where.builder().from(carried[2]).received(When.BEFORE_PERIOD).build())
            .build());

    Where endedUndatedInPeriod = ns(ENDED).finished(When.NONE).received(When.IN_PERIOD).build();
    w.put(
        Bieu06Column.SETTLED_TOTAL,
        Where.builder()
            .any(
                ns(BY_DATES).finished(When.IN_PERIOD).build(),
                ns(ENDED).finished(When.IN_PERIOD).build(),
                endedUndatedInPeriod)
            .build());
    w.put(
        Bieu06Column.SETTLED_EARLY,
        ns(BY_DATES).finished(When.IN_PERIOD).status("finished-early").build());
    w.put(
        Bieu06Column.SETTLED_ON_TIME,
        Where.builder()
            .any(
                ns(BY_DATES).finished(When.IN_PERIOD).status("finished-on-time").build(),
                ns(ENDED).finished(When.IN_PERIOD).build(),
                endedUndatedInPeriod)
            .build());
    w.put(
        Bieu06Column.SETTLED_LATE,
        ns(BY_DATES).finished(When.IN_PERIOD).status("finished-late").build());

    Where.Builder open = Where.builder().received(When.BEFORE_PERIOD, When.IN_PERIOD);
    w.put(
        Bieu06Column.IN_PROGRESS_TOTAL,
        Where.builder()
            .from(open.build())
            .any(
                ns(BY_DATES).finished(When.AFTER_PERIOD, When.NONE).build(),
                ns(OPEN).build(),
                ns(ENDED).finished(When.AFTER_PERIOD).build())
            .build());
    w.put(
        Bieu06Column.IN_PROGRESS_WITHIN,
        Where.builder()
            .from(open.build())
            .any(
                ns(JUDGED_OPEN).finished(When.AFTER_PERIOD, When.NONE).status("in-progress").build(),
                ns("8").finished(When.AFTER_PERIOD).status("in-progress").build(),
                ns("5").build(),
                ns(OPEN_DATED)
                    .finished(When.BEFORE_PERIOD, When.IN_PERIOD)
                    .status("finished-early", "finished-on-time")
                    .build(),
                ns("7").finished(When.AFTER_PERIOD).build())
            .build());
    w.put(
        Bieu06Column.IN_PROGRESS_OVERDUE,
        Where.builder()
            .from(open.build())
            .any(
                ns(JUDGED_OPEN)
                    .finished(When.AFTER_PERIOD, When.NONE)
                    .status("in-progress-overdue")
                    .build(),
                ns("8").finished(When.AFTER_PERIOD).status("in-progress-overdue").build(),
                ns(OPEN_DATED).finished(When.BEFORE_PERIOD, When.IN_PERIOD).status("finished-late").build())
            .build());
    return w;
  }
}
