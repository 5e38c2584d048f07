package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.tally.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A file's {@code indicators}: each {@code id}, {@code title} (what the numerator counts; default
 * the id), {@code numerator} and {@code denominator} — a counter id, or a list of counter ids
 * summed. The core's {@link Indicator} checks that each numerator counter is part of a denominator
 * counter, and its message is the problem.
 */
final class IndicatorMapper {
  static final List<String> KEYS = List.of("id", "title", "numerator", "denominator");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private IndicatorMapper() {}

  /** Reads the {@code indicators} list of {@code owner} into {@code defs}. */
  static void readAll(Fields owner, Definitions defs) {
    Problems problems = owner.problems();
    owner.list("indicators").ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        String path = owner.path("indicators") + "[" + i + "]";
        Fields.of(items.get(i), path, problems, "an indicator").ifPresent(f -> read(f, defs));
      }
    });
  }

  private static void read(Fields f, Definitions defs) {
    Problems problems = f.problems();
    int before = problems.count();
    Optional<String> id = f.requiredText("id", "");
    boolean claimed = id.map(i -> defs.claimIndicator(i, f.line("id"), f.path("id"), problems)).orElse(false);
    Optional<String> title = f.text("title");
    Optional<List<Counter>> numerator = counters(f, "numerator", defs);
    Optional<List<Counter>> denominator = counters(f, "denominator", defs);
    f.finish(KEYS, "an indicator");
    if (!claimed) {
      return;
    }
    Optional<Indicator> built = Optional.empty();
    if (problems.count() == before && numerator.isPresent() && denominator.isPresent()) {
      built = f.parse(id.get(), f.line(), f.path(), x -> Indicator.builder()
          .id(id.get())
          .description(title.orElse(id.get()))
          .numeratorCounters(numerator.get())
          .denominatorCounters(denominator.get())
          .build());
    }
    built.ifPresentOrElse(defs::define, () -> defs.breakIndicator(id.get()));
  }

  /** The counters {@code key} names; empty if one of them is unknown or broken (or none is named). */
  private static Optional<List<Counter>> counters(Fields f, String key, Definitions defs) {
    Optional<Node> node = f.required(key, "a counter id, or a list of counter ids to sum");
    Optional<List<Node>> items = node.flatMap(n -> f.items(n, f.path(key)));
    if (items.isEmpty()) {
      return Optional.empty();
    }
    if (items.get().isEmpty()) {
      f.problem(key, "lists no counter");
      return Optional.empty();
    }
    boolean list = node.get() instanceof Node.Sequence;
    List<Counter> out = new ArrayList<>();
    for (int i = 0; i < items.get().size(); i++) {
      Node item = items.get().get(i);
      String at = list ? f.path(key) + "[" + i + "]" : f.path(key);
      f.text(item, at).flatMap(c -> defs.counter(c, item.line(), at, f.problems())).ifPresent(out::add);
    }
    return out.size() == items.get().size() ? Optional.of(out) : Optional.empty();
  }

  /** The indicator as a file writes it. */
  static ObjectNode write(Indicator i) {
    ObjectNode out = JSON.objectNode();
    out.put("id", i.id());
    out.put("title", i.description());
    out.set("numerator", ids(i.numeratorCounters()));
    out.set("denominator", ids(i.denominatorCounters()));
    return out;
  }

  private static JsonNode ids(List<Counter> counters) {
    if (counters.size() == 1) {
      return JSON.textNode(counters.get(0).id());
    }
    ArrayNode list = JSON.arrayNode();
    counters.forEach(c -> list.add(c.id()));
    return list;
  }
}
