package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.tally.Counter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A directive of a file: {@code id}, {@code number}, {@code issuer}, {@code date} or {@code year},
 * {@code title}, {@code default-period}, {@code percent-scale}, its own {@code counters} and {@code
 * indicators}, its {@code requirements}, and the {@code reported-indicators} it prints beside those
 * its rules measure. A file holds one, or several under {@code directives}
 * (with {@code counters} and {@code indicators} shared by all of them beside).
 */
final class DirectiveMapper {
  static final List<String> KEYS = List.of(
      "id", "number", "issuer", "date", "year", "title", "default-period", "percent-scale", "counters", "indicators",
      "requirements", "reported-indicators");
  static final List<String> FILE_KEYS = List.of("$schema", "directives", "counters", "indicators");

  /** A directive id: lower-case letters, digits, '-' and '.' (docs/DIRECTIVE-FILES.md). */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Problems problems;
  private final Directives builtIns;
  private final Map<String, Integer> directiveLines = new HashMap<>();

  private DirectiveMapper(Problems problems, Directives builtIns) {
    this.problems = problems;
    this.builtIns = builtIns;
  }

  /** The directives of a file's root value; problems recorded, none thrown. */
  static List<Directive> readFile(Node root, Problems problems, Directives builtIns) {
    DirectiveMapper m = new DirectiveMapper(problems, builtIns);
    List<Directive> out = new ArrayList<>();
    Optional<Fields> top = Fields.of(root, "", problems, "a directive (id, number, issuer, …) or a list under 'directives'");
    if (top.isEmpty()) {
      return out;
    }
    Fields f = top.get();
    f.text("$schema");
    Definitions shared = Definitions.forFile();
    if (!f.has("directives")) {
      m.read(f, shared.child()).ifPresent(out::add);
      return out;
    }
    CounterMapper.readAll(f, shared);
    IndicatorMapper.readAll(f, shared);
    f.list("directives").ifPresent(items -> {
      if (items.isEmpty()) {
        f.problem("directives", "lists no directive");
      }
      for (int i = 0; i < items.size(); i++) {
        Fields.of(items.get(i), f.path("directives") + "[" + i + "]", problems, "a directive")
            .flatMap(d -> m.read(d, shared.child()))
            .ifPresent(out::add);
      }
    });
    f.finish(FILE_KEYS, "a file of several directives (its directives go under 'directives')");
    return out;
  }

  private Optional<Directive> read(Fields f, Definitions defs) {
    int before = problems.count();
    f.text("$schema");
    Optional<String> id = f.requiredText("id", "the directive id: lower-case letters, digits, '-' and '.'");
    id.ifPresent(i -> checkId(i, f));
    Optional<String> number = f.requiredText("number", "the document's number as printed, e.g. 99/KH-UBND");
    Optional<String> issuer = f.requiredText("issuer", "who issued it, e.g. UBND thành phố Hà Nội");
    Optional<LocalDate> date = f.date("date");
    Optional<Integer> year = f.integer("year");
    if (!f.has("date") && !f.has("year")) {
      f.problem("date", "missing: give date (yyyy-MM-dd) or, where the source leaves the day blank, year");
    }
    Optional<String> title = f.requiredText("title", "the title (trích yếu) as printed");
    Optional<Period> defaultPeriod = f.parsed("default-period", Period::parse);
    Optional<Integer> percentScale = f.integer("percent-scale");
    CounterMapper.readAll(f, defs);
    IndicatorMapper.readAll(f, defs);
    List<Requirement> requirements = requirements(f, defs);
    List<Indicator> reported = reported(f, defs);
    f.finish(f.path().isEmpty() ? withFileKeys() : KEYS, "a directive");
    if (problems.count() != before) {
      return Optional.empty();
    }
    Directive.Builder b = Directive.builder()
        .id(id.orElseThrow())
        .number(number.orElseThrow())
        .issuer(issuer.orElseThrow())
        .date(date)
        .year(year.orElseGet(() -> date.orElseThrow().getYear()))
        .title(title.orElseThrow())
        .defaultPeriod(defaultPeriod)
        .requirements(requirements)
        .reportedIndicators(reported);
    percentScale.ifPresent(b::percentScale);
    return f.parse("", f.line(), f.path(), x -> b.build());
  }

  private static List<String> withFileKeys() {
    List<String> k = new ArrayList<>(KEYS);
    k.add("$schema");
    return k;
  }

  private void checkId(String id, Fields f) {
    if (!ID.matcher(id).matches()) {
      f.problem("id", "directive id '" + id + "' must be lower-case letters, digits, '-' and '.'");
      return;
    }
    Integer first = directiveLines.putIfAbsent(id, f.line("id"));
    if (first != null) {
      f.problem("id", "directive id '" + id + "' is defined twice in the file (first on line " + first + ")");
    }
    builtIns.find(id).ifPresent(d -> f.problem("id", "directive id '" + id + "' is already taken by "
        + builtIns.source(id).orElse("a built-in directive") + ": give this one its own id"));
  }

  /** {@code reported-indicators}: indicators printed beside those the rules measure. */
  private List<Indicator> reported(Fields f, Definitions defs) {
    List<Indicator> out = new ArrayList<>();
    f.items("reported-indicators").ifPresent(items -> {
      boolean list = f.node("reported-indicators").orElseThrow() instanceof Node.Sequence;
      for (int i = 0; i < items.size(); i++) {
        Node n = items.get(i);
        String at = list ? f.path("reported-indicators") + "[" + i + "]" : f.path("reported-indicators");
        f.text(n, at).flatMap(id -> defs.indicator(id, n.line(), at, problems)).ifPresent(out::add);
      }
    });
    return out;
  }

  private List<Requirement> requirements(Fields f, Definitions defs) {
    List<Requirement> out = new ArrayList<>();
    Optional<List<Node>> items = f.required("requirements", "the rules of the directive").flatMap(n -> f.list("requirements"));
    if (items.isEmpty()) {
      return out;
    }
    if (items.get().isEmpty()) {
      f.problem("requirements", "lists no requirement: a directive has at least one");
    }
    Map<String, Integer> ruleLines = new HashMap<>();
    for (int i = 0; i < items.get().size(); i++) {
      Fields.of(items.get().get(i), f.path("requirements") + "[" + i + "]", problems, "a requirement").ifPresent(r -> {
        r.text("rule").ifPresent(rule -> {
          Integer first = ruleLines.putIfAbsent(rule, r.line("rule"));
          if (first != null) {
            r.problem("rule", "rule id '" + rule + "' is used twice in the directive (first on line " + first + ")");
          }
        });
        RequirementMapper.read(r, defs).ifPresent(out::add);
      });
    }
    return out;
  }

  /**
   * The directive as a file writes it: the counters and indicators it defines (those that are not
   * the standard ones), then its requirements.
   *
   * @throws IllegalArgumentException if part of it has no form in files (a curve, a schedule or a
   *     kind of requirement of the caller's own; a threshold with no exact decimal percentage)
   */
  static ObjectNode write(Directive d) {
    ObjectNode out = JSON.objectNode();
    out.put("id", d.id());
    out.put("number", d.number());
    out.put("issuer", d.issuer());
    if (d.date().isPresent()) {
      out.put("date", d.date().get().toString());
    } else {
      out.put("year", d.year());
    }
    out.put("title", d.title());
    d.defaultPeriod().ifPresent(p -> out.put("default-period", PeriodText.of(p)));
    if (d.percentScale() != 2) {
      out.put("percent-scale", d.percentScale());
    }
    Map<String, Counter> counters = new LinkedHashMap<>();
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : d.indicators()) {
      if (!Indicator.find(i.id()).filter(i::equals).isPresent()) {
        indicators.add(i);
        i.counters().forEach(c -> own(c, counters));
      }
    }
    if (!counters.isEmpty()) {
      ArrayNode list = out.putArray("counters");
      counters.values().forEach(c -> list.add(CounterMapper.write(c)));
    }
    if (!indicators.isEmpty()) {
      ArrayNode list = out.putArray("indicators");
      indicators.forEach(i -> list.add(IndicatorMapper.write(i)));
    }
    ArrayNode rules = out.putArray("requirements");
    d.requirements().forEach(r -> rules.add(RequirementMapper.write(r)));
    if (!d.reportedIndicators().isEmpty()) {
      ArrayNode reported = out.putArray("reported-indicators");
      d.reportedIndicators().forEach(i -> reported.add(i.id()));
    }
    return out;
  }

  /** Adds {@code c} (after its whole) unless it is a standard counter. */
  private static void own(Counter c, Map<String, Counter> counters) {
    Optional<Counter> standard = Counter.byId(c.id());
    if (standard.isPresent()) {
      if (!standard.get().equals(c)) {
        throw new IllegalArgumentException(
            "counter " + c.id() + " differs from the standard counter of that id, so a file could not tell them apart");
      }
      return;
    }
    c.whole().ifPresent(w -> own(w, counters));
    counters.putIfAbsent(c.id(), c);
  }
}
