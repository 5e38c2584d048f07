package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Where;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A file's {@code counters}: each {@code id}, {@code title} (what it counts, in words; default the
 * id), {@code counts} ({@code dossiers}, the default, {@code procedures} or {@code reported}),
 * {@code where}, {@code offered} (procedures the agency is declared to offer that count too) and
 * {@code of} (the counter it is "of those" of). A counter may name as its whole one defined later
 * in the file; the core's {@link Counter} checks the rest (a part's condition implies its
 * whole's; a reported counter has no condition; …) and its message is the problem.
 */
final class CounterMapper {
  static final List<String> KEYS = List.of("id", "title", "counts", "where", "offered", "of");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Definitions defs;
  private final Problems problems;
  private final Map<String, Fields> pending = new LinkedHashMap<>();
  private final Deque<String> building = new ArrayDeque<>();

  private CounterMapper(Definitions defs, Problems problems) {
    this.defs = defs;
    this.problems = problems;
  }

  /** Reads the {@code counters} list at {@code path} into {@code defs}. */
  static void readAll(Fields owner, Definitions defs) {
    CounterMapper m = new CounterMapper(defs, owner.problems());
    owner.list("counters").ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        String path = owner.path("counters") + "[" + i + "]";
        Fields.of(items.get(i), path, m.problems, "a counter").ifPresent(f -> f.requiredText("id", "").ifPresent(id -> {
          if (defs.claimCounter(id, f.line("id"), f.path("id"), m.problems)) {
            m.pending.put(id, f);
          }
        }));
      }
      List.copyOf(m.pending.keySet()).forEach(m::build);
    });
  }

  /** Builds the pending counter {@code id} (and its whole first); empty if it has a problem. */
  private Optional<Counter> build(String id) {
    Fields f = pending.remove(id);
    if (f == null) {
      return Optional.empty(); // built already, or broken
    }
    building.push(id);
    int before = problems.count();
    Optional<String> title = f.text("title");
    Optional<Counter.Kind> kind = f.has("counts") ? f.parsed("counts", CounterMapper::kind) : Optional.of(Counter.Kind.DOSSIERS);
    Optional<Where> where = f.node("where").flatMap(n -> WhereMapper.read(n, f.path("where"), problems));
    Optional<Where> offered = f.node("offered").flatMap(n -> WhereMapper.read(n, f.path("offered"), problems));
    Optional<Counter> whole = f.text("of").flatMap(w -> whole(w, f));
    f.finish(KEYS, "a counter");
    building.pop();
    Optional<Counter> built = Optional.empty();
    if (problems.count() == before && (whole.isPresent() || !f.has("of"))) {
      built = f.parse(id, f.line(), f.path(), x -> Counter.builder()
          .id(id)
          .description(title.orElse(id))
          .kind(kind.orElseThrow())
          .where(where.orElse(Where.all()))
          .offered(offered)
          .whole(whole)
          .build());
    }
    built.ifPresentOrElse(defs::define, () -> defs.breakCounter(id));
    return built;
  }

  private Optional<Counter> whole(String id, Fields f) {
    if (building.contains(id)) {
      f.problem("of", "counters are 'of those' of each other in a circle: " + String.join(" → ", reversed(id)));
      return Optional.empty();
    }
    if (pending.containsKey(id)) {
      return build(id);
    }
    return defs.counter(id, f.line("of"), f.path("of"), problems);
  }

  private List<String> reversed(String id) {
    List<String> chain = new ArrayList<>(building);
    Collections.reverse(chain);
    chain.add(id);
    return chain.subList(chain.indexOf(id), chain.size());
  }

  private static Counter.Kind kind(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "dossiers":
        return Counter.Kind.DOSSIERS;
      case "procedures":
        return Counter.Kind.PROCEDURES;
      case "reported":
        return Counter.Kind.REPORTED;
      default:
        throw new IllegalArgumentException("unknown kind of count '" + text + "'; known: dossiers, procedures, reported");
    }
  }

  /** The counter as a file writes it. */
  static ObjectNode write(Counter c) {
    ObjectNode out = JSON.objectNode();
    out.put("id", c.id());
    out.put("title", c.description());
    out.put("counts", c.kind().name().toLowerCase(Locale.ROOT));
    if (!c.where().isAll()) {
      out.set("where", WhereMapper.write(c.where()));
    }
    c.offered().ifPresent(o -> out.set("offered", WhereMapper.write(o)));
    c.whole().ifPresent(w -> out.put("of", w.id()));
    return out;
  }
}
