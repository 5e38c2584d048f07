package io.github.motcua.kpi.report;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.render.Cell;
import io.github.motcua.kpi.report.render.CsvText;
import io.github.motcua.kpi.report.render.Document;
import io.github.motcua.kpi.report.render.Grid;
import io.github.motcua.kpi.report.render.Grid.Head;
import io.github.motcua.kpi.report.render.Grid.Kind;
import java.util.ArrayList;
import java.util.List;

/** Biểu 06 laid out as the form prints it, and as CSV. */
final class Bieu06Layout {
  private Bieu06Layout() {}

  static Document document(Bieu06 form, Lang lang) {
    List<String> lines = new ArrayList<>();
    lines.add(lang.pick("Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP)", "Form 06/VPCP/KSTT (Circular 01/2020/TT-VPCP)"));
    lines.add(lang.pick("Kỳ báo cáo: ", "Period: ") + lang.period(form.period())
        + lang.pick("; số liệu tính đến ngày ", "; figures as of ") + lang.date(form.asOf()));
    form.reportingUnit().ifPresent(u -> lines.add(lang.pick("Đơn vị báo cáo: ", "Reporting unit: ") + u));
    form.recipient().ifPresent(u -> lines.add(lang.pick("Đơn vị nhận báo cáo: ", "Reported to: ") + u));
    lines.add(lang.pick("Đơn vị tính: Số hồ sơ TTHC", "Unit: dossiers"));

    List<Grid.Row> rows = new ArrayList<>();
    rows.add(row(Kind.TOTAL, "", lang.pick("Tổng cộng", "Total"), form.whole().figures()));
    int group = 0;
    for (Tier tier : form.tiers()) {
      rows.add(row(Kind.GROUP, Lang.roman(++group), lang.tier(tier).toUpperCase(lang.locale()), form.tierTotal(tier)));
      int n = 0;
      for (Agency a : form.agencies()) {
        if (a.tier() != tier) {
          continue;
        }
        n++;
        rows.add(row(Kind.SUBTOTAL, Integer.toString(n), a.name(), form.total(a.code()).orElseThrow().figures()));
        int k = 0;
        for (Bieu06Row r : form.fieldRows(a.code())) {
          rows.add(row(Kind.ITEM, n + "." + ++k, r.field(), r.figures()));
        }
      }
    }
    List<String> labels = new ArrayList<>(List.of(lang.pick("STT", "No."), lang.pick("Lĩnh vực", "Field")));
    List<Integer> widths = new ArrayList<>(List.of(6, 44));
    for (Bieu06Column c : Bieu06Column.values()) {
      labels.add("(" + c.number() + ")");
      widths.add(12);
    }
    Grid grid =
        new Grid(
            lang.pick("Biểu 06", "Form 06"),
            lang.pick(
                "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                "ADMINISTRATIVE PROCEDURES RECEIVED AND SETTLED BY THE AGENCIES THAT SETTLE THEM"),
            header(lang),
            labels,
            true,
            rows,
            widths);

    List<String> notes = new ArrayList<>();
    List<String> broken = form.violations();
    notes.add(
        lang.pick("Kiểm tra: (3) = (4) + (5) + (6); (3) = (7) + (11); (7) = (8) + (9) + (10); (11) = (12) + (13)",
                "Checks: (3) = (4) + (5) + (6); (3) = (7) + (11); (7) = (8) + (9) + (10); (11) = (12) + (13)")
            + (broken.isEmpty()
                ? lang.pick(" — đúng trên mọi dòng.", " — hold on every row.")
                : lang.pick(" — KHÔNG ĐÚNG: ", " — BROKEN: ") + String.join("; ", broken)));
    for (String r : Bieu06Counters.readings(lang)) {
      notes.add(lang.pick("Cách tính: ", "Reading: ") + r);
    }
    notes.addAll(Provenance.notes(lang, form.files(), form.input()));
    return new Document(
        lang,
        lang.pick("Biểu 06 — Tình hình, kết quả giải quyết TTHC", "Form 06 — administrative procedures received and settled"),
        lines,
        List.of(grid),
        List.of(),
        notes);
  }

  private static List<List<Head>> header(Lang lang) {
    return List.of(
        List.of(
            new Head(lang.pick("STT", "No."), 1, 3),
            new Head(lang.pick("Lĩnh vực, công việc giải quyết theo cấp", "Field, by tier"), 1, 3),
            new Head(lang.pick("Số hồ sơ nhận giải quyết", "Dossiers to settle"), 4, 1),
            new Head(lang.pick("Số hồ sơ đã giải quyết", "Dossiers settled"), 4, 1),
            new Head(lang.pick("Số hồ sơ đang giải quyết", "Dossiers in progress"), 3, 1)),
        List.of(
            new Head(lang.pick("Tổng số", "Total"), 1, 2),
            new Head(lang.pick("Trong đó, số mới tiếp nhận trong kỳ", "Of which, received in the period"), 2, 1),
            new Head(lang.pick("Từ kỳ trước chuyển qua", "Carried over"), 1, 2),
            new Head(lang.pick("Tổng số", "Total"), 1, 2),
            new Head(lang.pick("Trước hạn", "Early"), 1, 2),
            new Head(lang.pick("Đúng hạn", "On time"), 1, 2),
            new Head(lang.pick("Quá hạn", "Late"), 1, 2),
            new Head(lang.pick("Tổng số", "Total"), 1, 2),
            new Head(lang.pick("Trong hạn", "Within deadline"), 1, 2),
            new Head(lang.pick("Quá hạn", "Overdue"), 1, 2)),
        List.of(
            Head.of(lang.pick("Trực tuyến", "Online")),
            Head.of(lang.pick("Trực tiếp, dịch vụ bưu chính", "Direct or by post"))));
  }

  private static Grid.Row row(Kind kind, String number, String name, Bieu06Figures f) {
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell.Text(number));
    cells.add(new Cell.Text(name));
    for (Bieu06Column c : Bieu06Column.values()) {
      cells.add(new Cell.Count(f.get(c)));
    }
    return new Grid.Row(kind, cells);
  }

  static String csv(Bieu06 form) {
    CsvText csv = new CsvText();
    List<String> header = new ArrayList<>(List.of("agency", "field"));
    for (Bieu06Column c : Bieu06Column.values()) {
      header.add(c.key());
    }
    csv.row(header);
    for (Bieu06Row r : form.rows()) {
      List<String> cells = new ArrayList<>(List.of(r.agency(), r.field()));
      for (Bieu06Column c : Bieu06Column.values()) {
        cells.add(Long.toString(r.figures().get(c)));
      }
      csv.row(cells);
    }
    return csv.toString();
  }
}
