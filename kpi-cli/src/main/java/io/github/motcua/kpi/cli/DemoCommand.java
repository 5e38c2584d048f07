package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.io.AgencyTally;
import io.github.motcua.kpi.io.Intake;
import io.github.motcua.kpi.io.TalliesCsv;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.report.Bieu06;
import io.github.motcua.kpi.report.DirectiveReport;
import io.github.motcua.kpi.report.Format;
import io.github.motcua.kpi.report.Lang;
import io.github.motcua.kpi.report.Qt1501Appendix;
import io.github.motcua.kpi.report.RankedAgency;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kpi demo}: QT-1501 (Công văn 1501/UBND-VX) over bundled data — the nine districts'
 * figures of the official appendix for Q1 2020, and six provincial departments whose dossiers are
 * generated from a fixed seed and tallied — printed like the appendix (in Vietnamese unless {@code
 * --lang en}), with the agencies under 1 point named as needing to improve, then written as a
 * workbook, an HTML page and Biểu 06.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    description = "Evaluate qt1501 on bundled example data, print the appendix's table and write the report's"
        + " workbook, HTML page and Biểu 06.")
final class DemoCommand implements Callable<Integer> {
  static final String DIRECTIVE = "qt1501";
  static final String DISTRICTS = "quangtri-1501-2020q1-districts.csv";

  @ParentCommand KpiCli parent;
  @Spec CommandSpec spec;

  @Option(names = "--output-dir", paramLabel = "<dir>", defaultValue = "kpi-demo",
      description = "Where the demo writes its workbook, HTML page and Biểu 06 (created if missing). Default: ${DEFAULT-VALUE}.")
  Path outputDir;

  @Option(names = "--lang", paramLabel = "<lang>", defaultValue = "vi", converter = Formats.LangConverter.class,
      description = "The language of the table and of the files written: vi (default) or en.")
  Lang lang;

  @Override
  public Integer call() throws IOException {
    Directive d = parent.directives().get(DIRECTIVE);
    Period period = d.defaultPeriod().orElse(Period.quarter(2020, 1));
    Intake<AgencyTally> districts;
    try (InputStream in = DemoCommand.class.getResourceAsStream(DISTRICTS)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + DISTRICTS + " is missing from the jar");
      }
      districts = TalliesCsv.read(DISTRICTS, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    districts.strict();
    DemoProvince province = new DemoProvince(period);
    List<Agency> agencies = new ArrayList<>(province.agencies());
    Map<String, Tally> byAgency = new TreeMap<>();
    for (AgencyTally t : districts.values()) {
      agencies.add(t.agency());
      byAgency.put(t.agency().code(), t.tally());
    }
    ProvinceTally tallies =
        ProvinceTally.of(byAgency)
            .merge(Tallies.of(period, period.end(), province.catalogue()).dossiers(province.dossiers()));
    EvaluationInput input =
        EvaluationInput.builder().period(period).asOf(period.end()).agencies(agencies).tallies(tallies).build();
    Report report = Evaluator.of(d).evaluate(input);
    DirectiveReport people = DirectiveReport.of(d, input, report).withFiles(DISTRICTS);
    PrintWriter out = spec.commandLine().getOut();
    out.println(lang.pick("Ví dụ: ", "Demo: ") + d.id() + " — " + d.number() + ", " + d.issuer() + ". "
        + lang.pick("Cấp huyện: số liệu của Phụ lục gốc (kèm theo chương trình); cấp sở: ",
            "Districts: the official appendix's figures (bundled); provincial departments: ")
        + lang.count(province.dossiers().size())
        + lang.pick(" hồ sơ giả lập (seed ", " invented dossiers (seed ") + DemoProvince.SEED
        + lang.pick("), được đếm.", "), tallied."));
    out.println();
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    Qt1501Appendix.of(people).write(Format.TABLE, lang, table);
    out.print(table.toString(StandardCharsets.UTF_8));
    List<RankedAgency> weak =
        people.agencies().stream().filter(a -> a.points().isPresent() && a.points().get().compareTo(BigDecimal.ONE) < 0).toList();
    out.println();
    out.println(lang.pick("Cần cải thiện (dưới 1 điểm): ", "Must improve (under 1 point): ")
        + (weak.isEmpty() ? lang.pick("không có", "none") : weak.stream().map(RankedAgency::name).collect(Collectors.joining("; "))));
    out.println();
    Path workbook = outputDir.resolve("qt1501-demo.xlsx");
    Path page = outputDir.resolve("qt1501-demo.html");
    Path form = outputDir.resolve("bieu06-demo.xlsx");
    Bieu06 bieu06 =
        Bieu06.count(period, period.end(), province.catalogue(), province.agencies(), province.dossiers());
    try {
      Files.createDirectories(outputDir);
      try (OutputStream o = Files.newOutputStream(workbook)) {
        people.write(Format.XLSX, lang, o);
      }
      try (OutputStream o = Files.newOutputStream(page)) {
        people.write(Format.HTML, lang, o);
      }
      try (OutputStream o = Files.newOutputStream(form)) {
        bieu06.write(Format.XLSX, lang, o);
      }
    } catch (IOException e) {
      throw new OutputFailure("cannot write the demo's files into " + outputDir + ": " + IoReason.of(e), e);
    }
    out.println(lang.pick("Đã ghi báo cáo bằng tiếng Việt:", "Wrote the report in English:"));
    out.println("  " + workbook + lang.pick(" — Excel, theo mẫu Phụ lục", " — Excel, with the appendix's layout"));
    out.println("  " + page + lang.pick(" — mở bằng trình duyệt", " — open it in a browser"));
    out.println("  " + form + lang.pick(" — Biểu 06 của hồ sơ sáu sở", " — Biểu 06 of the six departments' dossiers"));
    out.println(lang.pick("Tiếp theo: ", "Next: ") + "./kpi rules qt1501 · ./kpi evaluate --help · ./kpi report bieu06 --help");
    out.flush();
    return KpiCli.OK;
  }
}
