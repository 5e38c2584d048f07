package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.indicator.Ratio;
import java.util.List;
import java.util.Optional;

/**
 * A bar chart of one requirement: every agency's rate against the target line.
 *
 * @param title what is measured
 * @param subtitle the tier, the article
 * @param bars one per agency
 * @param target the target (or the rate giving full points), if any
 * @param targetLabel how the target line is labelled
 * @param scale the decimals rates are printed with
 */
public record Chart(
    String title, String subtitle, List<Bar> bars, Optional<Ratio> target, String targetLabel, int scale) {
  public Chart {
    bars = List.copyOf(bars);
  }

  /**
   * One agency's bar.
   *
   * @param label the agency
   * @param rate its rate, if it has one
   * @param verdict the verdict in words
   * @param reached whether it reaches the target
   */
  public record Bar(String label, Optional<Ratio> rate, String verdict, boolean reached) {}
}
