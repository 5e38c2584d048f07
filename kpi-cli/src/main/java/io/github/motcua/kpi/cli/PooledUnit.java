package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.eval.Breakdown;
import io.github.motcua.kpi.eval.Pooling;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --pool CODE=NAME}: one more unit, scored on the pooled figures of every agency of the input
 * ({@link Pooling}), as the national portal scores a province on the dossiers of all its
 * departments and communes. Its sub-units are those agencies: a {@code unit} breakdown says which
 * cost it the most, and its {@code procedure} breakdown pools theirs.
 */
record PooledUnit(String code, String name) {
  /**
   * {@code CODE=NAME}, or {@code CODE} alone (named "Toàn bộ đơn vị (gộp)").
   *
   * @throws IllegalArgumentException if the code is blank
   */
  static PooledUnit parse(String text) {
    int eq = text.indexOf('=');
    String code = (eq < 0 ? text : text.substring(0, eq)).trim();
    String name = eq < 0 ? "Toàn bộ đơn vị (gộp)" : text.substring(eq + 1).trim();
    if (code.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("expected CODE=NAME, e.g. H44=UBND tỉnh Phú Thọ; got '" + text + "'");
    }
    return new PooledUnit(code, name);
  }

  /** {@code in} with the pooled unit added: its agency, and for each period its tallies, sources and breakdowns. */
  InputFiles.Assembled apply(InputFiles.Assembled in, Directive directive) {
    List<String> members = new ArrayList<>();
    List<Agency> agencies = new ArrayList<>();
    boolean listed = false;
    for (Agency a : in.agencies()) {
      members.add(a.code());
      agencies.add(a);
      listed |= a.code().equals(code);
    }
    if (!listed) {
      agencies.add(Agency.of(code, name, Tier.PROVINCIAL));
    }
    List<ProvinceTally> tallies = new ArrayList<>();
    List<Map<String, ProvinceTally>> sources = new ArrayList<>();
    List<List<Breakdown>> breakdowns = new ArrayList<>();
    for (int i = 0; i < in.tallies().size(); i++) {
      tallies.add(Pooling.withPool(in.tallies().get(i), code, members, directive::additive));
      Map<String, ProvinceTally> bySource = new LinkedHashMap<>();
      in.sources().get(i).forEach((label, t) -> bySource.put(label, Pooling.withPool(t, code, members, directive::additive)));
      sources.add(bySource);
      breakdowns.add(breakdowns(in.breakdowns().get(i), in.tallies().get(i), in.agencies(), members));
    }
    return new InputFiles.Assembled(
        List.copyOf(agencies), tallies, in.tasks(), in.secondments(), in.catalogue(), in.files(),
        in.dueDatesDerived(), sources, breakdowns, in.otherTasks());
  }

  /** The breakdowns of one period with the pooled unit's: its members' parts pooled, and its members. */
  private List<Breakdown> breakdowns(
      List<Breakdown> given, ProvinceTally tallies, List<Agency> units, List<String> members) {
    List<Breakdown> out = new ArrayList<>();
    for (Breakdown b : given) {
      Map<String, Tally> pooledParts = new TreeMap<>();
      for (String member : members) {
        b.partsOf(member).byAgency().forEach((part, t) -> pooledParts.merge(part, t, Tally::merge));
      }
      Map<String, ProvinceTally> byAgency = new TreeMap<>(b.byAgency());
      byAgency.put(code, ProvinceTally.of(pooledParts));
      out.add(Breakdown.builder().kind(b.kind()).names(b.names()).byAgency(byAgency).build());
    }
    Map<String, Tally> parts = new TreeMap<>();
    Breakdown.Builder byUnit = Breakdown.builder().kind(Breakdown.BY_UNIT);
    for (Agency a : units) {
      parts.put(a.code(), tallies.get(a.code()));
      byUnit.putNames(a.code(), a.name());
    }
    out.add(byUnit.putByAgency(code, ProvinceTally.of(parts)).build());
    return out;
  }
}
