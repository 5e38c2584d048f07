package io.github.motcua.kpi.report;

import io.github.motcua.kpi.eval.GroupScore;
import io.github.motcua.kpi.eval.PartShortfall;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Shortfall;
import io.github.motcua.kpi.report.render.Cell;
import io.github.motcua.kpi.report.render.Grid;
import io.github.motcua.kpi.report.render.Grid.Head;
import io.github.motcua.kpi.report.render.Grid.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tables of a directive that groups its scores (QĐ 766's nhóm chỉ số): each agency's points per
 * group against the group's maximum, its total, its band (xếp loại) and the change against the
 * previous period; and where the points go, beyond what the national portal prints — per agency and
 * scored requirement that lost points, how many, how many more numerator units (on-time, online …
 * dossiers) gain one point, the procedures and sub-units that cost the most, where the figures came
 * from and the change.
 */
final class ScoresLayout {
  private ScoresLayout() {}

  /** Points per group, when the directive groups its scores. */
  static Optional<Grid> groups(DirectiveReport report, Lang lang) {
    if (report.agencies().stream().allMatch(a -> a.groups().isEmpty())) {
      return Optional.empty();
    }
    List<Grid.Row> rows = new ArrayList<>();
    int n = 0;
    for (RankedAgency a : report.agencies()) {
      if (a.groups().isEmpty()) {
        continue;
      }
      BigDecimal max = a.groups().stream().map(GroupScore::max).reduce(BigDecimal.ZERO, BigDecimal::add);
      rows.add(new Grid.Row(Kind.SUBTOTAL, List.of(
          new Cell.Text(Integer.toString(++n)),
          new Cell.Text(a.name() + " (" + a.agency() + ")"),
          a.points().<Cell>map(Cell.Points::new).orElse(new Cell.None()),
          new Cell.Points(max),
          a.change().<Cell>map(Cell.Change::new).orElse(new Cell.Blank()),
          new Cell.Text(a.bandLabel().orElse("")))));
      for (GroupScore g : a.groups()) {
        rows.add(new Grid.Row(Kind.ITEM, List.of(
            new Cell.Blank(),
            new Cell.Text(g.title() + " (" + g.group() + ")"),
            new Cell.Points(g.points()),
            new Cell.Points(g.max()),
            g.change().<Cell>map(Cell.Change::new).orElse(new Cell.Blank()),
            new Cell.Blank())));
      }
    }
    String change = report.previousPeriod()
        .map(p -> lang.pick("Thay đổi so với kỳ ", "Change since ") + lang.period(p))
        .orElse(lang.pick("Thay đổi so với kỳ trước", "Change since the period before"));
    List<String> labels = List.of(lang.pick("STT", "No."), lang.pick("Cơ quan, đơn vị / nhóm chỉ số", "Agency / group"),
        lang.pick("Điểm", "Points"), lang.pick("Tối đa", "Maximum"), lang.pick("Thay đổi", "Change"),
        lang.pick("Xếp loại", "Band"));
    List<List<Head>> header = List.of(List.of(Head.of(labels.get(0)), Head.of(labels.get(1)), Head.of(labels.get(2)),
        Head.of(labels.get(3)), Head.of(change), Head.of(labels.get(5))));
    return Optional.of(new Grid(lang.pick("Điểm theo nhóm", "Points by group"),
        lang.pick("ĐIỂM THEO NHÓM CHỈ SỐ: điểm đạt trên điểm tối đa của từng nhóm, tổng điểm và xếp loại",
            "POINTS BY GROUP: each group's points over its maximum, the total and its band"),
        header, labels, false, rows, List.of(6, 46, 10, 10, 16, 26)));
  }

  /** Where the points go: a line per agency and scored requirement that lost points. */
  static Optional<Grid> shortfalls(DirectiveReport report, Lang lang) {
    List<Grid.Row> rows = new ArrayList<>();
    for (RankedAgency a : report.agencies()) {
      for (RuleResult r : a.results()) {
        if (r.shortfall().isEmpty() || r.shortfall().get().lost().signum() == 0) {
          continue;
        }
        Shortfall s = r.shortfall().get();
        rows.add(new Grid.Row(Kind.ITEM, List.of(
            new Cell.Text(a.agency()),
            new Cell.Text(r.rule()),
            r.points().<Cell>map(Cell.Points::new).orElse(new Cell.None()),
            new Cell.Points(s.lost()),
            s.toGainAPoint().isPresent() ? new Cell.Count(s.toGainAPoint().getAsLong()) : new Cell.Blank(),
            new Cell.Text(costliest(s, lang)),
            new Cell.Text(r.source().map(x -> source(x, lang)).orElse("")),
            r.change().<Cell>map(Cell.Change::new).orElse(new Cell.Blank()))));
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<String> labels = List.of(lang.pick("Cơ quan", "Agency"), lang.pick("Yêu cầu", "Requirement"),
        lang.pick("Điểm", "Points"), lang.pick("Mất", "Lost"), lang.pick("Thêm để +1 điểm", "+1 point needs"),
        lang.pick("Phần làm mất nhiều điểm nhất (thiếu, điểm lấy lại)", "Costliest parts (missing, points regained)"),
        lang.pick("Nguồn số liệu", "Source"), lang.pick("Thay đổi", "Change"));
    List<List<Head>> header = List.of(List.of(
        Head.of(lang.pick("Cơ quan, đơn vị", "Agency")), Head.of(lang.pick("Yêu cầu (mã quy tắc)", "Requirement (rule id)")),
        Head.of(labels.get(2)), Head.of(lang.pick("Điểm bị mất", "Points lost")),
        Head.of(lang.pick("Số đơn vị tử số cần thêm để được thêm 1 điểm", "More numerator units that gain one point")),
        Head.of(labels.get(5)), Head.of(labels.get(6)),
        Head.of(report.previousPeriod().map(p -> lang.pick("Thay đổi so với kỳ ", "Change since ") + lang.period(p))
            .orElse(lang.pick("Thay đổi so với kỳ trước", "Change since the period before")))));
    return Optional.of(new Grid(lang.pick("Điểm bị mất", "Where the points go"),
        lang.pick("ĐIỂM BỊ MẤT Ở ĐÂU (ngoài những gì cổng quốc gia in): điểm mất theo yêu cầu, số đơn vị tử số (hồ sơ"
                + " đúng hạn, trực tuyến …) cần thêm để được 1 điểm, các thủ tục và đơn vị trực thuộc làm mất nhiều điểm nhất",
            "WHERE THE POINTS GO (beyond the portal): points lost per requirement, the more numerator units (on-time,"
                + " online … dossiers) that gain one point, the costliest procedures and sub-units"),
        header, labels, false, rows, List.of(14, 16, 10, 10, 14, 60, 18, 16)));
  }

  /** The two costliest parts of each kind (sub-units before procedures), in words. */
  private static String costliest(Shortfall s, Lang lang) {
    return s.parts().stream()
        .collect(Collectors.groupingBy(PartShortfall::kind, TreeMap::new, Collectors.toList()))
        .descendingMap()
        .values()
        .stream()
        .flatMap(parts -> parts.stream().limit(2))
        .map(p -> kind(p.kind(), lang) + " " + p.code() + " (" + lang.count(p.missing()) + ", +" + lang.points(p.gain()) + ")")
        .collect(Collectors.joining("; "));
  }

  private static String kind(String kind, Lang lang) {
    switch (kind) {
      case "procedure":
        return lang.pick("thủ tục", "procedure");
      case "unit":
        return lang.pick("đơn vị", "unit");
      default:
        return kind;
    }
  }

  /** Where a result's figures came from, in words: {@code dossiers + tallies} is «hồ sơ + số liệu tổng hợp». */
  private static String source(String source, Lang lang) {
    return Arrays.stream(source.split(" \\+ "))
        .map(label -> switch (label) {
          case "dossiers" -> lang.pick("hồ sơ", "dossiers");
          case "tallies" -> lang.pick("số liệu tổng hợp", "tallies");
          case "not reported" -> lang.pick("chưa báo cáo", "not reported");
          default -> label;
        })
        .collect(Collectors.joining(" + "));
  }
}
