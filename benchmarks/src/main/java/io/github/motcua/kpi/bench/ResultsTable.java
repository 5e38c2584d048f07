package io.github.motcua.kpi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JMH JSON of {@code run.sh} into the markdown of {@code benchmarks/README.md}: times,
 * the ratios the targets are stated in, per-dossier cost across sizes, import rate and memory.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.motcua.kpi.bench.ResultsTable <results dir>
 * [README.md]}. The directory holds {@code bulk.json}, {@code import.json} and optionally {@code
 * memory.txt} and {@code machine.txt}. With a README, the text between {@code <!-- results:begin
 * -->} and {@code <!-- results:end -->} is replaced; without, the markdown is printed.
 */
public final class ResultsTable {
  static final String BEGIN = "<!-- results:begin -->";
  static final String END = "<!-- results:end -->";

  private static final List<String> BULK_METHODS =
      List.of(
          "libraryColumnar", "libraryColumnarParallel", "libraryDossiers", "handwrittenColumnarLoop",
          "handwrittenDossierLoop", "idiomaticStreams", "duckdbQuery");

  /** One score: mean and error, in ms per operation. */
  record Score(double ms, double error) {}

  private ResultsTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ResultsTable <results dir> [README.md]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    String markdown = markdown(dir);
    if (args.length > 1) {
      Path readme = Path.of(args[1]);
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      int b = text.indexOf(BEGIN);
      int e = text.indexOf(END);
      if (b < 0 || e < b) {
        throw new IllegalArgumentException(readme + " has no " + BEGIN + " … " + END + " markers");
      }
      Files.writeString(
          readme, text.substring(0, b + BEGIN.length()) + "\n" + markdown + text.substring(e), StandardCharsets.UTF_8);
      System.out.println("wrote results into " + readme);
    } else {
      System.out.print(markdown);
    }
  }

  /** method → size → score, from a JMH JSON file (ms/op). */
  static Map<String, Map<Long, Score>> read(Path json) throws IOException {
    return read(json, "dossiers");
  }

  /** method → value of {@code param} → score, from a JMH JSON file (ms/op). */
  static Map<String, Map<Long, Score>> read(Path json, String param) throws IOException {
    Map<String, Map<Long, Score>> out = new TreeMap<>();
    if (!Files.exists(json)) {
      return out;
    }
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String name = run.get("benchmark").asText();
      String method = name.substring(name.lastIndexOf('.') + 1);
      long size = run.path("params").path(param).asLong();
      JsonNode metric = run.get("primaryMetric");
      double factor = toMs(metric.get("scoreUnit").asText());
      double error = metric.get("scoreError").asDouble();
      out.computeIfAbsent(method, k -> new TreeMap<>())
          .put(size, new Score(metric.get("score").asDouble() * factor, Double.isNaN(error) ? 0 : error * factor));
    }
    return out;
  }

  private static double toMs(String unit) {
    switch (unit) {
      case "ms/op":
        return 1;
      case "us/op":
        return 1e-3;
      case "ns/op":
        return 1e-6;
      case "s/op":
        return 1e3;
      default:
        throw new IllegalArgumentException("run with -bm avgt: unexpected unit " + unit);
    }
  }

  static String markdown(Path dir) throws IOException {
    Map<String, Map<Long, Score>> bulk = read(dir.resolve("bulk.json"));
    Map<String, Map<Long, Score>> imports = read(dir.resolve("import.json"));
    StringBuilder md = new StringBuilder();
    Path machine = dir.resolve("machine.txt");
    if (Files.exists(machine)) {
      md.append("Machine:\n\n```\n").append(Files.readString(machine).strip()).append("\n```\n\n");
    }
    TreeSet<Long> sizes = new TreeSet<>();
    bulk.values().forEach(m -> sizes.addAll(m.keySet()));

    md.append("### Bulk tally of one quarter (ms per tally ± 99.9 % error; ns per dossier)\n\n");
    md.append("| method |");
    sizes.forEach(n -> md.append(' ').append(size(n)).append(" |"));
    md.append("\n|---|");
    sizes.forEach(n -> md.append("---:|"));
    md.append('\n');
    for (String m : BULK_METHODS) {
      md.append("| `").append(m).append("` |");
      for (long n : sizes) {
        Score s = get(bulk, m, n);
        md.append(s == null ? " – |" : String.format(Locale.ROOT, " %s ± %s ms (%.1f ns) |", num(s.ms), num(s.error), s.ms * 1e6 / n));
      }
      md.append('\n');
    }

    md.append("\n### Ratios (speed-up: the other way's time ÷ the library path's time)\n\n");
    md.append("| library path vs other way | target |");
    sizes.forEach(n -> md.append(' ').append(size(n)).append(" |"));
    md.append("\n|---|---:|");
    sizes.forEach(n -> md.append("---:|"));
    md.append('\n');
    ratio(md, bulk, sizes, "libraryColumnar", "handwrittenColumnarLoop", 1.0);
    ratio(md, bulk, sizes, "libraryColumnarParallel", "handwrittenColumnarLoop", 1.0);
    ratio(md, bulk, sizes, "libraryDossiers", "handwrittenDossierLoop", 0.8);
    for (String lib : List.of("libraryColumnar", "libraryColumnarParallel", "libraryDossiers")) {
      ratio(md, bulk, sizes, lib, "idiomaticStreams", 10);
      ratio(md, bulk, sizes, lib, "duckdbQuery", 10);
    }

    if (sizes.size() > 1) {
      long first = sizes.first();
      md.append("\n### Per-dossier cost across sizes (target: within ±30 % of the ")
          .append(size(first))
          .append(" figure)\n\n| method |");
      sizes.forEach(n -> md.append(' ').append(size(n)).append(" |"));
      md.append(" largest deviation |\n|---|");
      sizes.forEach(n -> md.append("---:|"));
      md.append("---:|\n");
      for (String m : BULK_METHODS) {
        Score base = get(bulk, m, first);
        if (base == null) {
          continue;
        }
        double perFirst = base.ms / first;
        double worst = 0;
        md.append("| `").append(m).append("` |");
        for (long n : sizes) {
          Score s = get(bulk, m, n);
          if (s == null) {
            md.append(" – |");
            continue;
          }
          double per = s.ms / n;
          double deviation = per / perFirst - 1;
          if (Math.abs(deviation) > Math.abs(worst)) {
            worst = deviation;
          }
          md.append(String.format(Locale.ROOT, " %.1f ns |", per * 1e6));
        }
        md.append(String.format(Locale.ROOT, " %+.0f %% %s |%n", 100 * worst, mark(m.startsWith("library") ? Math.abs(worst) <= 0.30 : null)));
      }
    }

    Map<String, Map<Long, Score>> plain = read(dir.resolve("bulk-default.json"));
    if (!plain.isEmpty()) {
      TreeSet<Long> plainSizes = new TreeSet<>();
      plain.values().forEach(m -> plainSizes.addAll(m.keySet()));
      md.append("\n### As users run it: default heap, no pre-touch (ratios as above)\n\n");
      md.append("| library path vs other way | target |");
      plainSizes.forEach(n -> md.append(' ').append(size(n)).append(" |"));
      md.append("\n|---|---:|");
      plainSizes.forEach(n -> md.append("---:|"));
      md.append('\n');
      ratio(md, plain, plainSizes, "libraryColumnar", "handwrittenColumnarLoop", 1.0);
      ratio(md, plain, plainSizes, "libraryColumnar", "idiomaticStreams", 10);
      ratio(md, plain, plainSizes, "libraryColumnar", "duckdbQuery", 10);
      ratio(md, plain, plainSizes, "libraryColumnarParallel", "duckdbQuery", 10);
    }

    Path countersJson = dir.resolve("counters.json");
    if (Files.exists(countersJson)) {
      md.append("\n### Cost per dossier as the counters counted grow (`CounterCountBenchmark`;"
          + " target: at most +20 % from 10 to 100 counters)\n\n");
      Map<Long, Map<Long, Score>> bySize = new TreeMap<>();
      for (JsonNode run : new ObjectMapper().readTree(countersJson.toFile())) {
        long n = run.path("params").path("dossiers").asLong();
        long counters = run.path("params").path("counters").asLong();
        JsonNode metric = run.get("primaryMetric");
        double factor = toMs(metric.get("scoreUnit").asText());
        double error = metric.get("scoreError").asDouble();
        bySize.computeIfAbsent(n, k -> new TreeMap<>())
            .put(counters, new Score(metric.get("score").asDouble() * factor, Double.isNaN(error) ? 0 : error * factor));
      }
      TreeSet<Long> counts = new TreeSet<>();
      bySize.values().forEach(m -> counts.addAll(m.keySet()));
      md.append("| dossiers |");
      counts.forEach(c -> md.append(' ').append(c).append(" counters |"));
      md.append(" growth, fewest to most |\n|---|");
      counts.forEach(c -> md.append("---:|"));
      md.append("---:|\n");
      bySize.forEach(
          (n, byCount) -> {
            md.append("| ").append(size(n)).append(" |");
            for (long c : counts) {
              Score sc = byCount.get(c);
              md.append(sc == null ? " – |" : String.format(Locale.ROOT, " %s ms (%.1f ns) |", num(sc.ms), sc.ms * 1e6 / n));
            }
            Score lo = byCount.get(counts.first());
            Score hi = byCount.get(counts.last());
            if (lo != null && hi != null) {
              double growth = hi.ms / lo.ms - 1;
              md.append(String.format(Locale.ROOT, " %+.0f %% %s |%n", 100 * growth, mark(growth <= 0.20)));
            } else {
              md.append(" – |\n");
            }
          });
    }

    if (!imports.isEmpty()) {
      md.append("\n### Import of sync records (NDJSON in memory; target ≥ 1,500,000 dossiers/s for the library)\n\n");
      md.append("| method | dossiers | ms per import | dossiers per second |\n|---|---:|---:|---:|\n");
      imports.forEach(
          (m, bySize) ->
              bySize.forEach(
                  (n, s) -> {
                    double rate = n / (s.ms / 1e3);
                    md.append(String.format(Locale.ROOT, "| `%s` | %s | %s ± %s | %,.0f %s |%n",
                        m, size(n), num(s.ms), num(s.error), rate,
                        mark(m.equals("streamingColumns") ? rate >= 1.5e6 : null)));
                  }));
      for (long n : new TreeSet<>(imports.getOrDefault("streamingColumns", Map.of()).keySet())) {
        Score lib = get(imports, "streamingColumns", n);
        Score om = get(imports, "objectMapperDossiers", n);
        if (lib != null && om != null) {
          md.append(String.format(Locale.ROOT, "%nAt %s records the streaming reader is %.1f× faster than ObjectMapper → Dossier.%n", size(n), om.ms / lib.ms));
        }
      }
    }

    Path memory = dir.resolve("memory.txt");
    if (Files.exists(memory)) {
      md.append("\n### Memory (heap after full GC; target ≤ 32 B per dossier for the columns)\n\n");
      md.append("| form | bytes per dossier | |\n|---|---:|---|\n");
      Pattern line = Pattern.compile("(\\w+): ([0-9.]+) B/dossier \\((\\d+) dossiers");
      for (String l : Files.readAllLines(memory)) {
        Matcher mm = line.matcher(l);
        if (mm.find()) {
          double b = Double.parseDouble(mm.group(2));
          String form = mm.group(1).equals("columns") ? "`DossierColumns`" : "`List<Dossier>`";
          md.append(String.format(Locale.ROOT, "| %s (%s dossiers) | %.1f | %s |%n",
              form, size(Long.parseLong(mm.group(3))), b, mark(mm.group(1).equals("columns") ? b <= 32 : null)));
        }
      }
    }
    return md.toString();
  }

  private static void ratio(
      StringBuilder md, Map<String, Map<Long, Score>> bulk, TreeSet<Long> sizes, String lib, String other, double target) {
    md.append("| `").append(lib).append("` vs `").append(other).append("` | ≥ ")
        .append(target == (long) target ? String.valueOf((long) target) : String.valueOf(target)).append("× |");
    for (long n : sizes) {
      Score a = get(bulk, lib, n);
      Score b = get(bulk, other, n);
      if (a == null || b == null) {
        md.append(" – |");
      } else {
        double r = b.ms / a.ms;
        md.append(String.format(Locale.ROOT, " %.2f× %s |", r, mark(r >= target)));
      }
    }
    md.append('\n');
  }

  private static Score get(Map<String, Map<Long, Score>> m, String method, long n) {
    return m.getOrDefault(method, Map.of()).get(n);
  }

  private static String mark(Boolean ok) {
    return ok == null ? "" : ok ? "✅" : "❌";
  }

  private static String num(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms)
        : String.format(Locale.ROOT, "%.2f", ms);
  }

  private static String size(long n) {
    int exp = (int) Math.round(Math.log10(n));
    return Math.pow(10, exp) == n ? "10^" + exp : String.format(Locale.ROOT, "%,d", n);
  }
}
