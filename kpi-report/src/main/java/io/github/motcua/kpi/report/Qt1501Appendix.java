package io.github.motcua.kpi.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.render.Cell;
import io.github.motcua.kpi.report.render.CsvText;
import io.github.motcua.kpi.report.render.Document;
import io.github.motcua.kpi.report.render.Grid;
import io.github.motcua.kpi.report.render.Grid.Head;
import io.github.motcua.kpi.report.render.Grid.Kind;
import io.github.motcua.kpi.report.render.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The appendix of Công văn 1501/UBND-VX (Quảng Trị, 8 Apr 2020) in its printed layout — «Số liệu
 * thống kê các sở, huyện về tỉ lệ số hồ sơ trực tuyến» — columns (7) to (14): online and all
 * dossiers of level-3 procedures and their rate, the same for level 4, the combined rate ((7) +
 * (10)) / ((8) + (11)) and the points; I. provincial departments (cấp sở), II. districts (cấp
 * huyện). From a {@code qt1501} report, whether its tallies were reported as figures or counted from
 * dossiers.
 *
 * <p>Rates print with one decimal, half up from the exact counts, as the appendix prints them.
 * Where the appendix prints 0 for a rate with no dossiers (0/0), this prints "–". One printed cell
 * differs on purpose: the appendix prints 0 in column (13) for UBND Thành phố Đông Hà, whose exact
 * value is 1/241 = 0.4 % as in its column (9); here it is 0,4 (the points, 0, agree).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQt1501Appendix.class)
@JsonPropertyOrder({"period", "asOf", "files", "input", "rows"})
public abstract class Qt1501Appendix {
  Qt1501Appendix() {}

  /** The decimals the appendix prints rates with. */
  public static final int SCALE = 1;

  /** The indicators whose figures the appendix prints. */
  static final java.util.Set<String> INDICATORS =
      java.util.Set.of(
          Indicator.ONLINE_RATE_LEVEL3.id(), Indicator.ONLINE_RATE_LEVEL4.id(), Indicator.ONLINE_RATE_LEVEL34.id());

  /** The period of the figures. */
  public abstract Period period();

  /** The evaluation date. */
  public abstract LocalDate asOf();

  /** The files the figures came from. */
  public abstract List<String> files();

  /** How many records were read, accepted and rejected. */
  public abstract Optional<InputSummary> input();

  /** The rows, tier by tier in the report's order (best first). */
  public abstract List<AppendixRow> rows();

  /** The appendix of a {@code qt1501} report (its indicators and points), tier by tier. */
  public static Qt1501Appendix of(Report report) {
    List<AppendixRow> rows = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      for (AgencyReport a : report.agencies()) {
        if (a.tier() == tier) {
          rows.add(row(a.agency(), a.name(), a.tier(), a.indicators(), a.points()));
        }
      }
    }
    return ImmutableQt1501Appendix.builder()
        .period(report.period())
        .asOf(report.asOf())
        .input(report.input())
        .rows(rows)
        .build();
  }

  /** The appendix of a {@code qt1501} directive report, tier by tier in rank order. */
  public static Qt1501Appendix of(DirectiveReport report) {
    List<AppendixRow> rows = new ArrayList<>();
    for (RankedAgency a : report.agencies()) {
      rows.add(row(a.agency(), a.name(), a.tier(), a.indicators(), a.points()));
    }
    return ImmutableQt1501Appendix.builder()
        .period(report.period())
        .asOf(report.asOf())
        .input(report.input())
        .files(report.files())
        .rows(rows)
        .build();
  }

  private static AppendixRow row(
      String agency, String name, Tier tier, List<IndicatorValue> indicators, Optional<BigDecimal> points) {
    Optional<IndicatorValue> l3 = indicator(indicators, Indicator.ONLINE_RATE_LEVEL3);
    Optional<IndicatorValue> l4 = indicator(indicators, Indicator.ONLINE_RATE_LEVEL4);
    return ImmutableAppendixRow.builder()
        .agency(agency)
        .name(name)
        .tier(tier)
        .level3Online(l3.map(IndicatorValue::numerator).orElse(OptionalLong.empty()))
        .level3Total(l3.map(IndicatorValue::denominator).orElse(OptionalLong.empty()))
        .level4Online(l4.map(IndicatorValue::numerator).orElse(OptionalLong.empty()))
        .level4Total(l4.map(IndicatorValue::denominator).orElse(OptionalLong.empty()))
        .points(points)
        .build();
  }

  private static Optional<IndicatorValue> indicator(List<IndicatorValue> values, Indicator indicator) {
    return values.stream().filter(i -> i.indicator().equals(indicator.id())).findFirst();
  }

  /** The appendix naming the files it was computed from. */
  public Qt1501Appendix withFiles(String... files) {
    return ImmutableQt1501Appendix.builder().from(this).files(java.util.List.of(files)).build();
  }

  /** The appendix as JSON (stable English keys). */
  public String toJson() {
    return KpiJson.write(this);
  }

  /**
   * Writes the appendix in {@code format}: the printed layout in {@code lang} for a workbook, HTML
   * or text; JSON; CSV with the columns {@code tier,agency,name,level3_online,level3_total,
   * level3_rate,level4_online,level4_total,level4_rate,combined_rate,points} (rates at one decimal,
   * empty for no value).
   */
  public void write(Format format, Lang lang, OutputStream out) throws IOException {
    switch (format) {
      case CSV:
        Renderers.csv(csv(), out);
        break;
      case JSON:
        out.write((toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        break;
      default:
        Renderers.write(format, document(lang), out);
    }
  }

  private String csv() {
    CsvText csv = new CsvText();
    csv.row(List.of("tier", "agency", "name", "level3_online", "level3_total", "level3_rate", "level4_online",
        "level4_total", "level4_rate", "combined_rate", "points"));
    for (AppendixRow r : rows()) {
      csv.row(List.of(r.tier().name(), r.agency(), r.name(), text(r.level3Online()), text(r.level3Total()),
          percent(r.level3Rate()), text(r.level4Online()), text(r.level4Total()), percent(r.level4Rate()),
          percent(r.combinedRate()), r.points().map(BigDecimal::toPlainString).orElse("")));
    }
    return csv.toString();
  }

  private static String text(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "";
  }

  private static String percent(Optional<io.github.motcua.kpi.indicator.Ratio> r) {
    return r.filter(io.github.motcua.kpi.indicator.Ratio::hasValue).map(x -> x.percent(SCALE).toPlainString()).orElse("");
  }

  /** The appendix laid out as printed. */
  Document document(Lang lang) {
    List<Grid.Row> body = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      List<AppendixRow> members = rows().stream().filter(r -> r.tier() == tier).toList();
      if (members.isEmpty()) {
        continue;
      }
      List<Cell> heading = new ArrayList<>();
      heading.add(new Cell.Text(Lang.roman(tier.ordinal() + 1) + "."));
      heading.add(new Cell.Text(groupName(tier, lang)));
      for (int i = 0; i < 8; i++) {
        heading.add(new Cell.Blank());
      }
      body.add(new Grid.Row(Kind.GROUP, heading));
      int n = 0;
      for (AppendixRow r : members) {
        body.add(
            new Grid.Row(
                Kind.ITEM,
                List.of(
                    new Cell.Text(Integer.toString(++n)),
                    new Cell.Text(r.name()),
                    count(r.level3Online()),
                    count(r.level3Total()),
                    rate(r.level3Rate()),
                    count(r.level4Online()),
                    count(r.level4Total()),
                    rate(r.level4Rate()),
                    rate(r.combinedRate()),
                    r.points().<Cell>map(Cell.Points::new).orElse(new Cell.None()))));
      }
    }
    List<List<Head>> header =
        List.of(
            List.of(
                new Head("TT", 1, 2),
                new Head(lang.pick("Cơ quan, đơn vị, địa phương", "Agency"), 1, 2),
                Head.of(lang.pick("Tổng số HS online MĐ 3", "Level-3 online dossiers")),
                Head.of(lang.pick("Tổng HS cả trực tiếp và online MĐ 3", "All level-3 dossiers")),
                Head.of(lang.pick("Tỉ lệ % MĐ 3", "Level-3 rate %")),
                Head.of(lang.pick("Tổng số HS online MĐ 4", "Level-4 online dossiers")),
                Head.of(lang.pick("Tổng HS cả trực tiếp và online MĐ 4", "All level-4 dossiers")),
                Head.of(lang.pick("Tỉ lệ % MĐ 4", "Level-4 rate %")),
                Head.of(lang.pick("Tỉ lệ % MĐ 3&4", "Level-3&4 rate %")),
                Head.of(lang.pick("Điểm", "Points"))),
            List.of(
                Head.of("(7)"), Head.of("(8)"), Head.of("(9)=(7)/(8)"), Head.of("(10)"), Head.of("(11)"),
                Head.of("(12)=(10)/(11)"), Head.of("(13)=((7)+(10))/((8)+(11))"), Head.of("(14)")));
    List<String> labels = List.of("TT", lang.pick("Cơ quan", "Agency"),
        lang.pick("(7) MĐ3 trực tuyến", "(7) L3 online"), lang.pick("(8) MĐ3 tổng", "(8) L3 all"),
        lang.pick("(9) % MĐ3", "(9) % L3"), lang.pick("(10) MĐ4 trực tuyến", "(10) L4 online"),
        lang.pick("(11) MĐ4 tổng", "(11) L4 all"), lang.pick("(12) % MĐ4", "(12) % L4"),
        lang.pick("(13) % MĐ3&4", "(13) % L3+4"), lang.pick("(14) Điểm", "(14) Points"));
    Grid grid =
        new Grid(lang.pick("Phụ lục", "Appendix"),
            lang.pick("PHỤ LỤC — Số liệu thống kê các sở, huyện về tỉ lệ số hồ sơ trực tuyến",
                "APPENDIX — Online dossiers by department and district"),
            header, labels, false, body, List.of(5, 34, 12, 14, 10, 12, 14, 10, 16, 8));
    List<String> notes = new ArrayList<>();
    notes.add(lang.pick(
        "Tỉ lệ làm tròn nửa lên một chữ số thập phân từ số đếm chính xác, như Phụ lục in; điểm hai chữ số.",
        "Rates are rounded half up to one decimal from the exact counts, as the appendix prints them; points to two."));
    notes.add(lang.pick(
        "«–»: không có hồ sơ (0/0); Phụ lục in 0 ở những ô này.",
        "«–»: no dossiers (0/0); the appendix prints 0 in these cells."));
    notes.add(lang.pick(
        "Phụ lục gốc in 0 ở cột (13) cho UBND Thành phố Đông Hà (1/241 = 0,4 %, như cột (9)); ở đây in 0,4. Điểm (0) không đổi.",
        "The original appendix prints 0 in column (13) for UBND Thành phố Đông Hà (1/241 = 0.4 %, as in column (9)); here 0.4. The points (0) agree."));
    notes.addAll(Provenance.notes(lang, files(), input()));
    return new Document(
        lang,
        lang.pick("PHỤ LỤC — Công văn 1501/UBND-VX", "APPENDIX — Công văn 1501/UBND-VX"),
        List.of("(" + lang.period(period()) + ")"),
        List.of(grid),
        List.of(),
        notes);
  }

  private static String groupName(Tier tier, Lang lang) {
    switch (tier) {
      case PROVINCIAL:
        return lang.pick("Cấp sở", "Provincial departments");
      case DISTRICT:
        return lang.pick("Cấp huyện", "Districts");
      case COMMUNE:
      default:
        return lang.pick("Cấp xã", "Communes");
    }
  }

  private static Cell count(OptionalLong n) {
    return n.isPresent() ? new Cell.Count(n.getAsLong()) : new Cell.None();
  }

  private static Cell rate(Optional<io.github.motcua.kpi.indicator.Ratio> r) {
    return r.<Cell>map(x -> new Cell.Rate(x, SCALE)).orElse(new Cell.None());
  }
}
