package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which of an evaluation's sources reported an indicator's counters for an agency. */
final class Sources {
  private Sources() {}

  /** The labels of the sources reporting any of the indicator's counters, joined by {@code +}. */
  static Optional<String> of(Indicator indicator, String agency, Map<String, ProvinceTally> sources) {
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>();
    for (Map.Entry<String, ProvinceTally> s : sources.entrySet()) {
      Tally t = s.getValue().get(agency);
      for (Counter c : indicator.counters()) {
        if (t.isReported(c)) {
          labels.add(s.getKey());
          break;
        }
      }
    }
    return labels.isEmpty() ? Optional.of("not reported") : Optional.of(String.join(" + ", labels));
  }
}
