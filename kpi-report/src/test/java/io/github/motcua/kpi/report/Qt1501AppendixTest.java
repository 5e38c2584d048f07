package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.report.render.Cell;
import io.github.motcua.kpi.report.render.Document;
import io.github.motcua.kpi.report.render.Grid;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The appendix of Công văn 1501/UBND-VX in its printed layout reproduces the seed's district table
 * (II. Cấp huyện, Q1 2020) cell by cell, from its counts and from dossiers, except the cells it
 * names: the known Đông Hà quirk of column (13), and 0/0 printed "–" where the appendix prints 0.
 */
class Qt1501AppendixTest {
  /** The known quirk: Đông Hà, 1 online of 241, printed 0 in column (13) though it is 0.4 %. */
  private static final String QUIRK = "QT-D05 (13)";

  private static Qt1501Appendix fromTallies() throws IOException {
    return Qt1501Appendix.of(Evaluator.of(Fixtures.qt1501()).evaluate(Fixtures.appendixInput()));
  }

  @Test
  void everyPrintedCellOfTheDistrictTableIsReproducedExceptTheDongHaQuirkAndTheNoValueCells() throws IOException {
    Qt1501Appendix appendix = fromTallies();
    Document doc = appendix.document(Lang.VI);
    Grid grid = doc.grids().get(0);
    List<Grid.Row> items = grid.rows().stream().filter(r -> r.kind() == Grid.Kind.ITEM).toList();
    List<String[]> counts = Fixtures.rows(Fixtures.COUNTS);
    List<String[]> printed = Fixtures.rows(Fixtures.PRINTED);
    assertEquals(9, items.size());
    assertEquals("II.", ((Cell.Text) grid.rows().get(0).cells().get(0)).text());
    assertEquals("Cấp huyện", ((Cell.Text) grid.rows().get(0).cells().get(1)).text());
    Set<String> differing = new TreeSet<>();
    Set<String> noValue = new TreeSet<>();
    for (int i = 0; i < 9; i++) {
      String agency = printed.get(i)[0];
      List<Cell> cells = items.get(i).cells();
      assertEquals(counts.get(i)[1], ((Cell.Text) cells.get(1)).text(), "the appendix's order and names");
      String[] expected = {counts.get(i)[3], counts.get(i)[4], printed.get(i)[1], counts.get(i)[5], counts.get(i)[6],
          printed.get(i)[2], printed.get(i)[3], printed.get(i)[4]};
      for (int c = 0; c < 8; c++) {
        String ours = printedText(cells.get(c + 2));
        String column = agency + " (" + (c + 7) + ")";
        if (ours.equals(Lang.NO_VALUE)) {
          noValue.add(column);
          assertEquals(0, new BigDecimal(expected[c]).signum(), column + ": the appendix prints 0 for no value");
          continue;
        }
        if (new BigDecimal(ours.replace(',', '.')).compareTo(new BigDecimal(expected[c])) != 0) {
          differing.add(column + " " + ours + " vs " + expected[c]);
        }
      }
    }
    assertEquals(Set.of(QUIRK + " 0,4 vs 0"), differing, "cells printed differently from the appendix");
    Set<String> zeroOverZero = new TreeSet<>();
    for (String[] row : counts) {
      if (row[4].equals("0")) {
        zeroOverZero.add(row[0] + " (9)");
      }
      if (row[6].equals("0")) {
        zeroOverZero.add(row[0] + " (12)");
      }
    }
    assertEquals(zeroOverZero, noValue, "exactly the 0/0 rates print –");
    assertTrue(doc.notes().stream().anyMatch(n -> n.contains("Đông Hà") && n.contains("(13)")), "the quirk is named");
  }

  private static String printedText(Cell cell) {
    if (cell instanceof Cell.Count n) {
      return Long.toString(n.value());
    }
    if (cell instanceof Cell.Rate r) {
      return Lang.VI.percent(r.ratio(), r.scale());
    }
    if (cell instanceof Cell.Points p) {
      return Lang.VI.points(p.value());
    }
    return Lang.NO_VALUE;
  }

  @Test
  void theAppendixFromDossiersIsTheAppendixFromTheFigures() throws IOException {
    Period q1 = Period.quarter(2020, 1);
    ProcedureCatalogue catalogue =
        ProcedureCatalogue.of(List.of(
            Procedure.builder().code("L3").name("Mức 3").field("Chung").level(ServiceLevel.LEVEL_3).build(),
            Procedure.builder().code("L4").name("Mức 4").field("Chung").level(ServiceLevel.LEVEL_4).build()));
    List<Dossier> dossiers = new ArrayList<>();
    for (String[] row : Fixtures.rows(Fixtures.COUNTS)) {
      add(dossiers, row[0], "L3", ServiceLevel.LEVEL_3, Long.parseLong(row[3]), Long.parseLong(row[4]));
      add(dossiers, row[0], "L4", ServiceLevel.LEVEL_4, Long.parseLong(row[5]), Long.parseLong(row[6]));
    }
    Directive d = Fixtures.qt1501();
    List<Agency> districts = Fixtures.districts();
    ProvinceTally counted =
        Tallies.of(q1, LocalDate.of(2020, 4, 8), catalogue).counting(d.counters()).agencies(districts).dossiers(dossiers);
    Report report =
        Evaluator.of(d).evaluate(EvaluationInput.builder().asOf(LocalDate.of(2020, 4, 8)).agencies(districts).tallies(counted).build());
    assertEquals(1086, dossiers.size());
    assertEquals(fromTallies().rows(), Qt1501Appendix.of(report).rows());
  }

  private static void add(List<Dossier> out, String agency, String procedure, ServiceLevel level, long online, long total) {
    for (long k = 0; k < total; k++) {
      var received = LocalDate.of(2020, 1, 2).plusDays(k % 80).atTime(9, 0);
      out.add(Dossier.builder().id(agency + "-" + procedure + "-" + k).procedureCode(procedure).agencyCode(agency)
          .level(level).channel(k < online ? Channel.ONLINE : Channel.DIRECT).receivedAt(received)
          .dueAt(received.plusDays(5)).finishedAt(received.plusDays(2)).nationalStatus(10).build());
    }
  }

  @Test
  void theTextAndCsvPrintTheAppendixRatesWithOneDecimal() throws IOException {
    Qt1501Appendix appendix = fromTallies();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    appendix.write(Format.TABLE, Lang.VI, text);
    String t = text.toString(StandardCharsets.UTF_8);
    assertTrue(t.contains("UBND huyện Gio Linh") && t.contains("11,5") && t.contains("0,58"), t);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    appendix.write(Format.CSV, Lang.VI, csv);
    String c = csv.toString(StandardCharsets.UTF_8);
    assertTrue(c.contains("DISTRICT,QT-D03,UBND huyện Gio Linh,3,26,11.5,0,0,,11.5,0.58\r\n"), c);
    assertTrue(appendix.toJson().contains("\"level3_online\" : 29"), appendix.toJson());
    assertEquals(0, BigDecimal.ONE.compareTo(appendix.rows().get(0).points().orElseThrow()), "Hải Lăng: 1 point");
  }
}
