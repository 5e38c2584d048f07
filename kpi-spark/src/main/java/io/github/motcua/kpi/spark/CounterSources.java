package io.github.motcua.kpi.spark;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The counter sources {@link CounterSource} offers; records, so that equal sources are equal. */
final class CounterSources {
  private CounterSources() {}

  /** {@link Counter#standard()}. */
  record Standard() implements CounterSource {
    @Override
    public List<Counter> counters() {
      return Counter.standard();
    }
  }

  /** Standard counters by id. */
  record Ids(List<String> ids) implements CounterSource {
    Ids {
      ids = List.copyOf(ids);
    }

    @Override
    public List<Counter> counters() {
      List<Counter> out = new ArrayList<>();
      for (String id : ids) {
        Optional<Counter> c = Counter.byId(id);
        checkArgument(c.isPresent(), "'%s' is not the id of a standard counter", id);
        out.add(c.get());
      }
      return out;
    }
  }

  /** The counters a directive reads. */
  record OfDirective(String id) implements CounterSource {
    @Override
    public List<Counter> counters() {
      return Directives.load().get(id).counters();
    }
  }

  /** The dossier counters (computed, not distinct) of other sources. */
  record DossierCountersOf(List<CounterSource> sources) implements CounterSource {
    DossierCountersOf {
      sources = List.copyOf(sources);
    }

    @Override
    public List<Counter> counters() {
      List<Counter> out = new ArrayList<>();
      for (CounterSource source : sources) {
        for (Counter c : source.counters()) {
          if (c.isComputed() && !c.isDistinct()) {
            out.add(c);
          }
        }
      }
      return out;
    }
  }
}
