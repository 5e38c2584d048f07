package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.io.internal.Closest;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.tally.Where;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * A {@code where} (or {@code offered}) map: facts with the value or values each may take, and
 * {@code any}, a list of such maps one of which must hold. The values are checked by the core's
 * {@link Where.Builder#fact} — its message is the problem, on the value's line.
 */
final class WhereMapper {
  /** The key of the alternatives. */
  static final String ANY = "any";

  /** The status groups, written in place of the statuses they stand for. */
  static final List<String> STATUS_GROUPS = List.of("accepted", "finished", "open", "in-progress", "overdue");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private WhereMapper() {}

  /** Every fact key, for messages. */
  static List<String> factKeys() {
    return Arrays.stream(Fact.values()).map(Fact::key).collect(Collectors.toList());
  }

  /** The condition at {@code path}; empty if it has a problem (each one recorded). */
  static Optional<Where> read(Node node, String path, Problems problems) {
    Optional<Fields> f = Fields.of(node, path, problems, "a condition (facts and their values)");
    if (f.isEmpty()) {
      return Optional.empty();
    }
    int before = problems.count();
    Where.Builder where = Where.builder();
    List<Where> alternatives = new ArrayList<>();
    for (Node.Mapping.Entry e : f.get().entries().values()) {
      String at = f.get().path(e.key());
      if (e.key().equals(ANY)) {
        any(e.value(), at, problems, alternatives);
        continue;
      }
      Optional<Fact> fact = Fact.byKey(e.key());
      if (fact.isEmpty()) {
        String hint = Closest.hint(e.key(), factKeys());
        problems.add(e.keyLine(), at, "unknown fact '" + e.key() + "'" + hint
            + (hint.isEmpty() ? "; facts: " + String.join(", ", factKeys()) : ""));
        continue;
      }
      f.get().items(e.value(), at).ifPresent(values -> condition(where, fact.get(), values, at, f.get()));
    }
    if (!alternatives.isEmpty()) {
      where.any(alternatives.toArray(new Where[0]));
    }
    return problems.count() == before ? Optional.of(where.build()) : Optional.empty();
  }

  private static void any(Node node, String at, Problems problems, List<Where> alternatives) {
    if (!(node instanceof Node.Sequence) || ((Node.Sequence) node).items().isEmpty()) {
      problems.add(node, at, "expected a list of conditions, one of which must hold, got " + node.kind());
      return;
    }
    List<Node> items = ((Node.Sequence) node).items();
    for (int i = 0; i < items.size(); i++) {
      read(items.get(i), at + "[" + i + "]", problems).ifPresent(alternatives::add);
    }
  }

  private static void condition(Where.Builder where, Fact fact, List<Node> values, String at, Fields f) {
    if (values.isEmpty()) {
      f.problems().add(f.line(), at, "lists no value");
      return;
    }
    List<String> texts = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < values.size(); i++) {
      Node v = values.get(i);
      String vat = values.size() == 1 ? at : at + "[" + i + "]";
      Optional<String> t = f.text(v, vat);
      if (t.isEmpty()) {
        ok = false;
        continue;
      }
      // each value alone first, so that a problem names its own line
      ok &= f.parse(t.get(), v.line(), vat, x -> Where.builder().fact(fact, x)).isPresent();
      texts.add(t.get());
    }
    if (ok) {
      f.parse("", values.get(0).line(), at, x -> where.fact(fact, texts));
    }
  }

  /** The condition as a map: a scalar for one value, a list for several, typed as files write them. */
  static ObjectNode write(Where where) {
    ObjectNode out = JSON.objectNode();
    where.conditions().forEach((fact, values) -> out.set(fact.key(), values(fact, values)));
    if (!where.any().isEmpty()) {
      ArrayNode any = out.putArray(ANY);
      where.any().forEach(w -> any.add(write(w)));
    }
    return out;
  }

  private static JsonNode values(Fact fact, SortedSet<String> values) {
    List<String> shown = new ArrayList<>(values);
    if (fact == Fact.STATUS) {
      for (String group : STATUS_GROUPS) {
        Set<String> members =
            DossierStatus.byName(group).orElseThrow().stream().map(DossierStatus::key).collect(Collectors.toSet());
        if (members.equals(Set.copyOf(values))) {
          shown = List.of(group);
          break;
        }
      }
    }
    if (shown.size() == 1) {
      return value(fact, shown.get(0));
    }
    ArrayNode list = JSON.arrayNode();
    shown.forEach(v -> list.add(value(fact, v)));
    return list;
  }

  /** One value with the type a file writes it in: true/false, a number where the value is one. */
  private static JsonNode value(Fact fact, String v) {
    switch (fact.domain()) {
      case BOOLEAN:
        return JSON.booleanNode(Boolean.parseBoolean(v));
      case LEVEL:
      case NATIONAL_STATUS:
      case SUPPLEMENTS:
        return v.chars().allMatch(Character::isDigit) ? JSON.numberNode(Integer.parseInt(v)) : JSON.textNode(v);
      default:
        return JSON.textNode(v);
    }
  }
}
