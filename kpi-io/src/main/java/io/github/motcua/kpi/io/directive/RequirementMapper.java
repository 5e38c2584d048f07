package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.io.internal.Closest;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A requirement of a file: the keys every kind has — {@code rule}, {@code kind}, {@code title},
 * {@code article}, {@code reading}, {@code tiers}, {@code role}, {@code window} — then its kind's
 * own, read and written by one {@link KindMapper} per kind. The core's requirement types check the
 * values, and their messages are the problems.
 */
final class RequirementMapper {
  static final List<String> COMMON_KEYS = List.of("rule", "kind", "title", "article", "reading", "tiers", "role", "window");

  /** One mapper per kind: a new kind is one more here. */
  static final List<KindMapper<?>> KINDS =
      List.of(new TargetMapper(), new ScoreMapper(), new DeadlineMapper(), new DurationMapper());

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RequirementMapper() {}

  static List<String> kindNames() {
    return KINDS.stream().map(KindMapper::name).collect(Collectors.toList());
  }

  /** The requirement {@code f} describes; empty if it has a problem (each one recorded). */
  static Optional<Requirement> read(Fields f, Definitions defs) {
    int before = f.problems().count();
    Optional<String> rule = f.requiredText("rule", "the rule id, e.g. hn2026.online-or-vneid");
    Optional<KindMapper<?>> kind = f.requiredText("kind", String.join(", ", kindNames()))
        .flatMap(k -> f.parsed("kind", RequirementMapper::kind));
    Optional<String> title = f.requiredText("title", "what is required, in a short sentence");
    Optional<String> article = f.requiredText("article",
        "every rule cites the article it enforces: a reference and the quoted phrase («…»)");
    Optional<String> reading = f.text("reading");
    Optional<ImmutableSet<Tier>> tiers = tiers(f);
    Optional<String> role = f.text("role");
    Optional<Period> window = f.parsed("window", Period::parse);
    if (kind.isEmpty()) {
      return Optional.empty(); // its keys cannot be told from unknown ones
    }
    Optional<Function<Requirement, Optional<Requirement>>> build = kind.get().read(f, defs);
    List<String> known = new ArrayList<>(COMMON_KEYS);
    known.addAll(kind.get().keys());
    f.finish(known, "a " + kind.get().name() + " rule");
    if (f.problems().count() != before || build.isEmpty()) {
      return Optional.empty();
    }
    Requirement common = new CommonAttributes(
        kind.get().kind(), rule.orElseThrow(), title.orElseThrow(), article.orElseThrow(), tiers.orElseThrow(), role, window, reading);
    return f.parse("", f.line(), f.path(), x -> build.get().apply(common)).flatMap(Function.identity());
  }

  private static KindMapper<?> kind(String text) {
    for (KindMapper<?> k : KINDS) {
      if (k.name().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    String hint = Closest.hint(text, kindNames());
    throw new IllegalArgumentException(
        "unknown kind '" + text + "'" + (hint.isEmpty() ? "; known: " + String.join(", ", kindNames()) : hint));
  }

  private static Optional<ImmutableSet<Tier>> tiers(Fields f) {
    Optional<List<Node>> items = f.required("tiers", "the tiers it applies to: " + String.join(", ", Tiers.names()))
        .flatMap(n -> f.items(n, f.path("tiers")));
    if (items.isEmpty()) {
      return Optional.empty();
    }
    boolean list = f.node("tiers").orElseThrow() instanceof Node.Sequence;
    ImmutableSet.Builder<Tier> out = ImmutableSet.builder();
    boolean ok = true;
    for (int i = 0; i < items.get().size(); i++) {
      Node n = items.get().get(i);
      String at = list ? f.path("tiers") + "[" + i + "]" : f.path("tiers");
      Optional<Tier> t = f.text(n, at).flatMap(text -> f.parse(text, n.line(), at, Tiers::read));
      t.ifPresent(out::add);
      ok &= t.isPresent();
    }
    return ok ? Optional.of(out.build()) : Optional.empty();
  }

  /** The {@code indicator} key of a target or score: one of the file's or a standard one. */
  static Optional<Indicator> indicator(Fields f, Definitions defs) {
    return f.requiredText("indicator", "the indicator measured: one this file defines, or a standard one (on-time, …)")
        .flatMap(id -> defs.indicator(id, f.line("indicator"), f.path("indicator"), f.problems()));
  }

  /** The requirement as a file writes it. */
  static ObjectNode write(Requirement r) {
    KindMapper<?> kind = KINDS.stream().filter(k -> k.handles(r)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("rule " + r.rule() + ": a " + r.getClass().getName()
            + " cannot be written in a directive file: only " + String.join(", ", kindNames()) + " rules"));
    ObjectNode out = JSON.objectNode();
    out.put("rule", r.rule());
    out.put("kind", kind.name());
    out.put("title", r.title());
    out.put("article", r.article());
    r.reading().ifPresent(x -> out.put("reading", x));
    ArrayNode tiers = out.putArray("tiers");
    r.tiers().forEach(t -> tiers.add(t.name()));
    r.role().ifPresent(x -> out.put("role", x));
    r.window().ifPresent(w -> out.put("window", PeriodText.of(w)));
    kind.write(r, out);
    return out;
  }
}
