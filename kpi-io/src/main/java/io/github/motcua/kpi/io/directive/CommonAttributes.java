package io.github.motcua.kpi.io.directive;

import com.google.common.collect.ImmutableSet;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Requirement;
import java.util.Optional;

/**
 * What every requirement of a file states — rule id, title, article, reading, tiers, role, window
 * — read once and copied into each kind's builder with its {@code from(Requirement)}. Never
 * evaluated itself.
 */
final class CommonAttributes extends Requirement {
  private final Kind kind;
  private final String rule;
  private final String title;
  private final String article;
  private final ImmutableSet<Tier> tiers;
  private final Optional<String> role;
  private final Optional<Period> window;
  private final Optional<String> reading;

  CommonAttributes(
      Kind kind,
      String rule,
      String title,
      String article,
      ImmutableSet<Tier> tiers,
      Optional<String> role,
      Optional<Period> window,
      Optional<String> reading) {
    this.kind = kind;
    this.rule = rule;
    this.title = title;
    this.article = article;
    this.tiers = tiers;
    this.role = role;
    this.window = window;
    this.reading = reading;
  }

  @Override
  public String rule() {
    return rule;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String article() {
    return article;
  }

  @Override
  public ImmutableSet<Tier> tiers() {
    return tiers;
  }

  @Override
  public Optional<String> role() {
    return role;
  }

  @Override
  public Optional<Period> window() {
    return window;
  }

  @Override
  public Optional<String> reading() {
    return reading;
  }

  @Override
  public Kind kind() {
    return kind;
  }
}
