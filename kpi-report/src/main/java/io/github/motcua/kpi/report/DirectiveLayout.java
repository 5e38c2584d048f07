package io.github.motcua.kpi.report;

import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.render.Cell;
import io.github.motcua.kpi.report.render.Chart;
import io.github.motcua.kpi.report.render.CsvText;
import io.github.motcua.kpi.report.render.Document;
import io.github.motcua.kpi.report.render.Grid;
import io.github.motcua.kpi.report.render.Grid.Head;
import io.github.motcua.kpi.report.render.Grid.Kind;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A directive report laid out for people (results, other indicators, scores by group, where the
 * points go, rules, charts, notes), and as CSV.
 */
final class DirectiveLayout {
  private static final int COLUMNS = 12;

  private DirectiveLayout() {}

  static Document document(DirectiveReport report, Lang lang) {
    Directive d = report.source();
    List<String> lines = new ArrayList<>();
    lines.add(d.title());
    lines.add(lang.pick("Kỳ: ", "Period: ") + lang.period(report.period())
        + lang.pick("; tính đến ngày ", "; as of ") + lang.date(report.asOf()));
    report.previousPeriod().ifPresent(p -> lines.add(lang.pick("So sánh với kỳ trước: ", "Compared with the period before: ")
        + lang.period(p)));
    List<Grid> grids = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (d.id().equals(APPENDIX_DIRECTIVE)) {
      Document appendix = Qt1501Appendix.of(report).document(lang);
      grids.addAll(appendix.grids());
      notes.addAll(appendix.notes().subList(0, appendix.notes().size() - Provenance.notes(lang, report.files(), report.input()).size()));
    }
    grids.add(results(report, lang));
    otherIndicators(report, lang).ifPresent(grids::add);
    ScoresLayout.groups(report, lang).ifPresent(grids::add);
    ScoresLayout.shortfalls(report, lang).ifPresent(grids::add);
    grids.add(rules(d, lang));
    notes.addAll(notes(report, lang));
    return new Document(
        lang,
        lang.pick("Báo cáo kết quả thực hiện ", "Report on ") + d.number() + " — " + d.issuer() + " (" + d.id() + ")",
        lines,
        grids,
        charts(report, lang),
        notes);
  }

  /**
   * The report for a terminal: the document without the articles the results are judged by and
   * without the table of requirements, whose articles and readings run to paragraphs on every line;
   * a note says where to read them.
   */
  static Document terminal(DirectiveReport report, Lang lang) {
    Document doc = document(report, lang);
    List<Grid> grids = new ArrayList<>();
    for (Grid g : doc.grids().subList(0, doc.grids().size() - 1)) {
      grids.add(g.sheet().equals(resultsSheet(lang)) ? g.withoutLastColumn() : g);
    }
    Grid rules = doc.grids().get(doc.grids().size() - 1);
    List<String> notes = new ArrayList<>(doc.notes());
    notes.add(lang.pick(
        "Căn cứ (điều, khoản) và cách hiểu của từng yêu cầu: bảng «" + rules.sheet() + "» và cột «Căn cứ» của báo cáo"
            + " dạng xlsx hoặc html, hoặc lệnh «kpi rules " + report.directive() + "».",
        "Each requirement's article and reading: the «" + rules.sheet() + "» table and the «Article» column of the"
            + " xlsx or html report, or «kpi rules " + report.directive() + "»."));
    return new Document(lang, doc.title(), doc.lines(), grids, doc.charts(), notes);
  }

  /** The directive whose report carries its appendix's layout (Công văn 1501/UBND-VX). */
  static final String APPENDIX_DIRECTIVE = "qt1501";

  // ---------------------------------------------------------------- results

  private static Grid results(DirectiveReport report, Lang lang) {
    Directive d = report.source();
    List<Grid.Row> rows = new ArrayList<>();
    int group = 0;
    for (TotalLine total : report.totals()) {
      if (total.isProvince()) {
        rows.add(heading(Kind.TOTAL, "", lang.pick("TOÀN TỈNH", "WHOLE PROVINCE")
            + " (" + total.agencies() + lang.pick(" đơn vị)", " agencies)"), ""));
        totalRows(rows, d, total, lang);
        continue;
      }
      Tier tier = total.tier().orElseThrow();
      rows.add(heading(Kind.GROUP, Lang.roman(++group), lang.tier(tier).toUpperCase(lang.locale()), ""));
      int n = 0;
      for (RankedAgency a : report.agencies()) {
        if (a.tier() == tier && !report.isPooled(a)) {
          agencyRows(rows, d, a, ++n, true, lang);
        }
      }
      rows.add(heading(Kind.SUBTOTAL, "", lang.pick("Tổng ", "Total, ") + lang.tier(tier).toLowerCase(lang.locale())
          + " (" + total.agencies() + lang.pick(" đơn vị)", " agencies)"), ""));
      totalRows(rows, d, total, lang);
    }
    if (!report.pooledUnits().isEmpty()) {
      rows.add(heading(Kind.GROUP, Lang.roman(++group), lang.pick("ĐƠN VỊ GỘP SỐ LIỆU CỦA CÁC ĐƠN VỊ", "POOLED UNITS"), ""));
      int n = 0;
      for (RankedAgency a : report.agencies()) {
        if (report.isPooled(a)) {
          agencyRows(rows, d, a, ++n, false, lang);
        }
      }
    }
    List<Integer> widths = List.of(6, 34, 30, 10, 10, 9, 24, 18, 8, 10, 36, 48);
    List<String> labels =
        List.of(
            lang.pick("STT", "No."), lang.pick("Cơ quan, đơn vị", "Agency"), lang.pick("Yêu cầu", "Requirement"),
            lang.pick("Tử số", "Num."), lang.pick("Mẫu số", "Den."), "%", lang.pick("Chỉ tiêu", "Target"),
            lang.pick("Kết quả", "Verdict"), lang.pick("Điểm", "Points"), lang.pick("Hạng", "Rank"),
            lang.pick("Ghi chú", "Note"), lang.pick("Căn cứ", "Article"));
    List<List<Head>> header =
        List.of(
            List.of(
                new Head(lang.pick("STT", "No."), 1, 2),
                new Head(lang.pick("Cơ quan, đơn vị", "Agency"), 1, 2),
                new Head(lang.pick("Yêu cầu (mã quy tắc)", "Requirement (rule id)"), 1, 2),
                new Head(lang.pick("Số liệu đo được", "Measured"), 3, 1),
                new Head(lang.pick("Chỉ tiêu / thang điểm", "Target / curve"), 1, 2),
                new Head(lang.pick("Kết quả", "Verdict"), 1, 2),
                new Head(lang.pick("Điểm", "Points"), 1, 2),
                new Head(lang.pick("Xếp hạng trong cấp", "Rank in tier"), 1, 2),
                new Head(lang.pick("Ghi chú", "Note"), 1, 2),
                new Head(lang.pick("Căn cứ (điều, khoản)", "Article enforced"), 1, 2)),
            List.of(
                Head.of(lang.pick("Tử số", "Numerator")),
                Head.of(lang.pick("Mẫu số", "Denominator")),
                Head.of(lang.pick("Tỷ lệ (%)", "Rate (%)"))));
    return new Grid(resultsSheet(lang), lang.pick("KẾT QUẢ THEO ĐƠN VỊ VÀ YÊU CẦU", "RESULTS BY AGENCY AND REQUIREMENT"),
        header, labels, true, rows, widths);
  }

  /** An agency's line (its points and rank; none for a pooled unit), then a line per result. */
  private static void agencyRows(List<Grid.Row> rows, Directive d, RankedAgency a, int n, boolean ranked, Lang lang) {
    List<Cell> head = blanks();
    head.set(0, new Cell.Text(Integer.toString(n)));
    head.set(1, new Cell.Text(a.name() + " (" + a.agency() + ")"));
    a.points().ifPresent(p -> {
      head.set(2, new Cell.Text(lang.pick("Tổng điểm", "Total points")));
      head.set(8, new Cell.Points(p));
    });
    if (ranked) {
      head.set(9, new Cell.Count(a.rankInTier()));
    }
    rows.add(new Grid.Row(Kind.SUBTOTAL, head));
    for (RuleResult r : a.results()) {
      rows.add(resultRow(d, r, lang));
    }
  }

  /** The name of the results' worksheet; its last column is the article each result is judged by. */
  private static String resultsSheet(Lang lang) {
    return lang.pick("Kết quả", "Results");
  }

  private static List<Cell> blanks() {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < COLUMNS; i++) {
      cells.add(new Cell.Blank());
    }
    return cells;
  }

  private static Grid.Row heading(Kind kind, String number, String text, String rest) {
    List<Cell> cells = blanks();
    cells.set(0, new Cell.Text(number));
    cells.set(1, new Cell.Text(text));
    if (!rest.isEmpty()) {
      cells.set(2, new Cell.Text(rest));
    }
    return new Grid.Row(kind, cells);
  }

  private static Grid.Row resultRow(Directive d, RuleResult r, Lang lang) {
    Requirement req = d.requirement(r.rule()).orElseThrow();
    List<Cell> cells = blanks();
    cells.set(2, new Cell.Text(r.rule() + r.task().filter(t -> !t.equals(r.rule())).map(t -> " (" + t + ")").orElse("")));
    boolean measures = req instanceof TargetRule || req instanceof ScoredRule || req instanceof DurationRule;
    measured(cells, r.numerator(), r.denominator(), measures && r.verdict() != Verdict.NOT_APPLICABLE, d);
    cells.set(6, new Cell.Text(target(r, req, lang)));
    cells.set(7, new Cell.Text(lang.verdict(r.verdict())));
    r.points().ifPresent(p -> cells.set(8, new Cell.Points(p)));
    cells.set(10, new Cell.Text(detail(r, lang)));
    cells.set(11, new Cell.Text(req.article()));
    return new Grid.Row(Kind.ITEM, cells);
  }

  /**
   * What the result says beyond its figures (why no data, where a denominator came from, a reading
   * taken: the core's words), and the exact points where the printed ones follow the national
   * portal's rounding.
   */
  private static String detail(RuleResult r, Lang lang) {
    String exact =
        r.exactPoints()
            .filter(x -> r.points().map(p -> p.compareTo(x) != 0).orElse(true))
            .map(x -> lang.pick("điểm in theo cách làm tròn của cổng quốc gia; chính xác ",
                "printed as the national portal rounds; exactly ") + lang.decimal(x))
            .orElse("");
    String detail = r.detail().orElse("");
    return detail.isEmpty() ? exact : exact.isEmpty() ? detail : detail + "; " + exact;
  }

  private static void measured(List<Cell> cells, OptionalLong num, OptionalLong den, boolean measures, Directive d) {
    if (num.isPresent() && den.isPresent()) {
      cells.set(3, new Cell.Count(num.getAsLong()));
      cells.set(4, new Cell.Count(den.getAsLong()));
      cells.set(5, new Cell.Rate(Ratio.of(num.getAsLong(), den.getAsLong()), d.percentScale()));
    } else if (measures) {
      cells.set(3, new Cell.None());
      cells.set(4, new Cell.None());
      cells.set(5, new Cell.None());
    }
  }

  private static String target(RuleResult r, Requirement req, Lang lang) {
    if (req instanceof DeadlineRule) {
      return r.due().map(due -> lang.pick("hạn ", "due ") + lang.date(due)).orElse("")
          + r.done().map(done -> lang.pick("; xong ", "; done ") + lang.date(done)).orElse("");
    }
    if (r.target().isPresent() && req instanceof TargetRule) {
      return "≥ " + lang.decimal(new BigDecimal(r.target().get())) + " %";
    }
    if (r.curve().isPresent()) {
      return req instanceof ScoredRule s ? CurveText.of(s.curve(), lang) : r.curve().get();
    }
    return r.target().orElse("");
  }

  private static void totalRows(List<Grid.Row> rows, Directive d, TotalLine total, Lang lang) {
    for (IndicatorValue v : total.indicators()) {
      Optional<RuleResult> judged =
          total.results().stream().filter(r -> r.indicator().equals(Optional.of(v.indicator()))).findFirst();
      List<Cell> cells = blanks();
      cells.set(2, new Cell.Text(v.indicator()));
      measured(cells, v.numerator(), v.denominator(), true, d);
      judged.ifPresent(r -> {
        cells.set(6, new Cell.Text(target(r, d.requirement(r.rule()).orElseThrow(), lang)));
        cells.set(7, new Cell.Text(lang.verdict(r.verdict())));
        cells.set(11, new Cell.Text(d.requirement(r.rule()).orElseThrow().article()));
      });
      rows.add(new Grid.Row(Kind.ITEM, cells));
    }
  }

  // ---------------------------------------------------------------- other indicators

  /**
   * The indicators each agency is measured on that no line of the results shows with its figures
   * (one no requirement judges, or judged not applicable), and for QT-1501 not in its appendix.
   */
  private static Optional<Grid> otherIndicators(DirectiveReport report, Lang lang) {
    Directive d = report.source();
    List<Grid.Row> rows = new ArrayList<>();
    int n = 0;
    for (RankedAgency a : report.agencies()) {
      boolean first = true;
      for (IndicatorValue v : a.indicators()) {
        if (shownElsewhere(d, a, v)) {
          continue;
        }
        List<Cell> cells = new ArrayList<>(List.of(
            new Cell.Text(first ? Integer.toString(++n) : ""),
            new Cell.Text(first ? a.name() + " (" + a.agency() + ")" : ""),
            new Cell.Text(v.indicator()),
            new Cell.Blank(), new Cell.Blank(), new Cell.Blank()));
        measured(cells, v.numerator(), v.denominator(), true, d);
        rows.add(new Grid.Row(Kind.ITEM, cells));
        first = false;
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<String> labels = List.of(lang.pick("STT", "No."), lang.pick("Cơ quan, đơn vị", "Agency"),
        lang.pick("Chỉ số", "Indicator"), lang.pick("Tử số", "Num."), lang.pick("Mẫu số", "Den."), "%");
    List<List<Head>> header = List.of(List.of(
        Head.of(labels.get(0)), Head.of(labels.get(1)), Head.of(labels.get(2)), Head.of(lang.pick("Tử số", "Numerator")),
        Head.of(lang.pick("Mẫu số", "Denominator")), Head.of(lang.pick("Tỷ lệ (%)", "Rate (%)"))));
    return Optional.of(new Grid(lang.pick("Chỉ số khác", "Other indicators"),
        lang.pick("CÁC CHỈ SỐ KHÁC CỦA TỪNG ĐƠN VỊ (không có trong bảng kết quả)",
            "OTHER INDICATORS OF EACH AGENCY (not in the results)"),
        header, labels, false, rows, List.of(6, 34, 30, 10, 10, 9)));
  }

  /** Whether a result line of {@code a} (or QT-1501's appendix) already shows {@code v}'s figures. */
  private static boolean shownElsewhere(Directive d, RankedAgency a, IndicatorValue v) {
    if (d.id().equals(APPENDIX_DIRECTIVE) && Qt1501Appendix.INDICATORS.contains(v.indicator())) {
      return true;
    }
    return a.results().stream().anyMatch(r ->
        r.indicator().equals(Optional.of(v.indicator()))
            && r.numerator().equals(v.numerator())
            && r.denominator().equals(v.denominator())
            && (r.numerator().isPresent() || r.verdict() != Verdict.NOT_APPLICABLE));
  }

  // ---------------------------------------------------------------- rules

  private static Grid rules(Directive d, Lang lang) {
    List<Grid.Row> rows = new ArrayList<>();
    int n = 0;
    for (Requirement r : d.requirements()) {
      rows.add(
          new Grid.Row(
              Kind.ITEM,
              List.of(
                  new Cell.Text(Integer.toString(++n)),
                  new Cell.Text(r.rule()),
                  new Cell.Text(kind(r.kind(), lang)),
                  new Cell.Text(targets(r, lang)),
                  new Cell.Text(r.tiers().stream().sorted().map(lang::tier).collect(Collectors.joining(", "))
                      + r.role().map(role -> lang.pick(" (vai trò ", " (role ") + role + ")").orElse("")),
                  new Cell.Text(r.article()),
                  new Cell.Text(r.reading().orElse("")))));
    }
    List<String> labels =
        List.of(lang.pick("STT", "No."), lang.pick("Quy tắc", "Rule"), lang.pick("Loại", "Kind"),
            lang.pick("Chỉ tiêu", "Target"), lang.pick("Áp dụng", "Applies to"), lang.pick("Căn cứ", "Article"),
            lang.pick("Cách hiểu", "Reading"));
    List<List<Head>> header = List.of(labels.stream().map(Head::of).toList());
    return new Grid(lang.pick("Căn cứ", "Rules"), lang.pick("CÁC YÊU CẦU, CĂN CỨ VÀ CÁCH HIỂU", "THE REQUIREMENTS, THEIR ARTICLES AND READINGS"),
        header, labels, true, rows, List.of(6, 34, 12, 30, 20, 60, 60));
  }

  private static String kind(Requirement.Kind kind, Lang lang) {
    switch (kind) {
      case TARGET:
        return lang.pick("Chỉ tiêu", "Target");
      case SCORE:
        return lang.pick("Chấm điểm", "Score");
      case DEADLINE:
        return lang.pick("Thời hạn", "Deadline");
      case DURATION:
      default:
        return lang.pick("Thời gian", "Duration");
    }
  }

  private static String targets(Requirement r, Lang lang) {
    if (r instanceof TargetRule t) {
      return r.tiers().stream().sorted()
          .map(tier -> lang.tier(tier) + " ≥ " + lang.decimal(new BigDecimal(t.thresholdFor(tier).percentText())) + " %")
          .collect(Collectors.joining("; "))
          + " (" + t.indicator().id() + ")";
    }
    if (r instanceof ScoredRule s) {
      return s.curve().describe() + " (" + s.indicator().id() + ")";
    }
    if (r instanceof DurationRule u) {
      return u.minMonths() + "–" + u.maxMonths() + lang.pick(" tháng", " months");
    }
    if (r instanceof DeadlineRule dl) {
      return dl.responsible();
    }
    return "";
  }

  // ---------------------------------------------------------------- charts

  private static List<Chart> charts(DirectiveReport report, Lang lang) {
    Directive d = report.source();
    List<Chart> out = new ArrayList<>();
    for (Requirement req : d.requirements()) {
      if (!(req instanceof TargetRule) && !(req instanceof ScoredRule)) {
        continue;
      }
      for (TotalLine total : report.totals()) {
        if (total.isProvince() || !req.tiers().contains(total.tier().get())) {
          continue;
        }
        Tier tier = total.tier().get();
        Ratio target = req instanceof TargetRule t ? t.thresholdFor(tier) : ((ScoredRule) req).curve().fullAt();
        List<Chart.Bar> bars = new ArrayList<>();
        for (RankedAgency a : report.agencies()) {
          if (a.tier() != tier || report.isPooled(a)) {
            continue;
          }
          Optional<RuleResult> r = a.results().stream().filter(x -> x.rule().equals(req.rule())).findFirst();
          if (r.isEmpty() || r.get().verdict() == Verdict.NOT_APPLICABLE) {
            continue;
          }
          Optional<Ratio> rate = r.get().ratio();
          boolean reached = rate.isPresent() && rate.get().hasValue() && rate.get().isAtLeast(target);
          String words = lang.verdict(r.get().verdict())
              + r.get().points().map(p -> " " + lang.points(p) + lang.pick(" điểm", " pt")).orElse("");
          bars.add(new Chart.Bar(a.name(), rate, words, reached));
        }
        if (bars.isEmpty()) {
          continue;
        }
        String indicator = req instanceof TargetRule t ? t.indicator().id() : ((ScoredRule) req).indicator().id();
        out.add(new Chart(req.rule() + " — " + indicator, lang.tier(tier) + " · " + req.article(), bars,
            Optional.of(target), req instanceof TargetRule ? lang.pick("Chỉ tiêu", "Target") : lang.pick("Đủ điểm", "Full points"),
            d.percentScale()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- notes

  private static List<String> notes(DirectiveReport report, Lang lang) {
    Directive d = report.source();
    List<String> notes = new ArrayList<>();
    notes.add(lang.pick(
        "Xếp hạng trong từng cấp theo tổng điểm, rồi theo số yêu cầu đạt hoặc hoàn thành đúng hạn; không xếp hạng giữa các cấp.",
        "Ranks are within each tier: by points, then by requirements met or done on time; never across tiers."));
    notes.add(lang.pick(
        "Số tổng của từng cấp và toàn tỉnh cộng tử số và mẫu số của các đơn vị (không lấy trung bình các tỉ lệ), như văn bản nêu số liệu chung; chỉ tiêu của cấp được so với tổng của cấp.",
        "Tier and province totals add up numerators and denominators (rates are never averaged), as directives quote their baselines; a tier's target is judged on the tier's total."));
    notes.add(lang.pick(
        "Tỷ lệ làm tròn nửa lên đến " + d.percentScale() + " chữ số thập phân, một lần, từ số đếm chính xác; điểm đến 2 chữ số. Chấm điểm không phải chỉ tiêu: không có Đạt/Không đạt.",
        "Rates are rounded half up to " + d.percentScale() + (d.percentScale() == 1 ? " decimal" : " decimals")
            + ", once, from the exact counts; points to 2. A score is not a target: neither met nor missed."));
    notes.add(lang.pick(
        "«–»: không có số liệu (0/0, hoặc số liệu chưa được báo cáo); không phải 0 % hay 100 %.",
        "«–»: no value (0/0, or a figure not reported); never 0 % or 100 %."));
    notes.add(report.beforeDayReading() == BeforeDayReading.STRICT
        ? lang.pick("«Trước ngày X» hiểu là hạn vào ngày liền trước ngày X.", "«Trước ngày X» is read strictly: due the day before X.")
        : lang.pick("«Trước ngày X» hiểu là hạn vào chính ngày X (theo lựa chọn khi đánh giá).",
            "«Trước ngày X» is read inclusively (evaluation option): due on X."));
    notes.add(lang.pick(
        "Văn bản không đặt nghĩa vụ trước ngày " + lang.date(d.judgesFrom()) + ": chỉ tiêu của kỳ kết thúc trước ngày đó và thời hạn trước ngày đó là «Không áp dụng»; chấm điểm vẫn tính.",
        "The directive sets no obligation before " + lang.date(d.judgesFrom()) + ": targets of periods ending before it and deadlines before it are not applicable; scores are still given."));
    notes.add(report.countedUnder() == CountedUnder.RECEIVING
        ? lang.pick("Hồ sơ được tính cho cơ quan tiếp nhận.", "Dossiers are counted under the agency that received them.")
        : lang.pick("Hồ sơ được tính cho cơ quan giải quyết.", "Dossiers are counted under the agency that settles them."));
    if (!report.pooledUnits().isEmpty()) {
      notes.add(lang.pick(
          "Đơn vị gộp (" + String.join(", ", report.pooledUnits()) + "): chấm điểm trên số liệu cộng của mọi đơn vị của báo cáo,"
              + " như cổng quốc gia chấm một tỉnh; không xếp hạng trong cấp nào và không cộng vào tổng.",
          "Pooled units (" + String.join(", ", report.pooledUnits()) + "): scored on the added figures of every agency of the"
              + " report, as the national portal scores a province; ranked in no tier and added into no total."));
    }
    report.rolledUpTo().ifPresent(level -> notes.add(level == 0
        ? lang.pick("Số liệu gộp lên toàn tỉnh (cấp 0 của cây đơn vị): mỗi dòng cộng số liệu của mọi đơn vị trực thuộc.",
            "Figures rolled up to the province (level 0 of the agencies' tree): each line adds all its sub-units'.")
        : lang.pick("Số liệu gộp theo cây đơn vị đến cấp " + level + " (0: toàn tỉnh): mỗi dòng cộng số liệu của các đơn vị trực thuộc.",
            "Figures rolled up the agencies' tree to level " + level + " (0: the province): each line adds its sub-units'.")));
    for (TotalLine t : report.totals()) {
      if (!t.notMerged().isEmpty()) {
        notes.add(lang.pick("Không cộng được (thủ tục đếm riêng, chỉ có số): ", "Not added up (distinct procedures given only as counts): ")
            + String.join(", ", t.notMerged()) + ".");
        break;
      }
    }
    for (String w : report.warnings()) {
      notes.add(lang.pick("Lưu ý: ", "Warning: ") + w);
    }
    notes.addAll(Provenance.notes(lang, report.files(), report.input()));
    return notes;
  }

  // ---------------------------------------------------------------- csv

  static String csv(DirectiveReport report) {
    CsvText csv = new CsvText();
    csv.row(List.of("tier", "agency", "name", "rank_in_tier", "points", "rule", "indicator", "numerator", "denominator",
        "percent", "target", "verdict", "result_points", "due", "done"));
    int scale = report.percentScale();
    for (RankedAgency a : report.agencies()) {
      for (RuleResult r : a.results()) {
        csv.row(List.of(a.tier().name(), a.agency(), a.name(), Integer.toString(a.rankInTier()),
            a.points().map(BigDecimal::toPlainString).orElse(""), r.rule(), r.indicator().orElse(""),
            text(r.numerator()), text(r.denominator()), percent(r.ratio(), scale), r.target().orElse(""),
            r.verdict().name(), r.points().map(BigDecimal::toPlainString).orElse(""),
            r.due().map(Object::toString).orElse(""), r.done().map(Object::toString).orElse("")));
      }
    }
    for (TotalLine t : report.totals()) {
      for (IndicatorValue v : t.indicators()) {
        Optional<RuleResult> judged =
            t.results().stream().filter(r -> r.indicator().equals(Optional.of(v.indicator()))).findFirst();
        csv.row(List.of(t.tier().map(Enum::name).orElse("*"), "*", "", "", "", judged.map(RuleResult::rule).orElse(""),
            v.indicator(), text(v.numerator()), text(v.denominator()), percent(v.ratio(), scale),
            judged.flatMap(RuleResult::target).orElse(""), judged.map(r -> r.verdict().name()).orElse(""), "", "", ""));
      }
    }
    return csv.toString();
  }

  private static String text(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "";
  }

  private static String percent(Optional<Ratio> r, int scale) {
    return r.filter(Ratio::hasValue).map(x -> x.percent(scale).toPlainString()).orElse("");
  }
}
