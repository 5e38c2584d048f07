package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.RuleModule;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Directives defined for the CLI's plumbing tests, written from docs/DIRECTIVES.md independently of the
 * rule modules: {@code test1501} scores QT-1501's combined online rate (≥ 20 % → 1 point, 10–20 %
 * proportional, two decimals), {@code test2023} sets QT-2023's four 2023 targets.
 */
final class TestRules implements RuleModule {

  static Directives load() {
    return Directives.of(new TestRules());
  }

  @Override
  public List<Directive> directives() {
    return List.of(test1501(), test2023());
  }

  static Directive test1501() {
    return Directive.builder()
        .id("test1501")
        .number("1501/UBND-VX")
        .issuer("UBND tỉnh Quảng Trị")
        .date(LocalDate.of(2020, 4, 8))
        .year(2020)
        .title("Thực hiện Công văn 2552/VPCP-KSTT (test copy)")
        .defaultPeriod(Period.quarter(2020, 1))
        .addRequirements(
            ScoredRule.builder()
                .rule("test1501.online-rate-points")
                .title("points for the combined online rate")
                .article("Phụ lục: «Tỷ lệ hồ sơ trực tuyến mức độ 3, 4»")
                .addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
                .indicator(Indicator.ONLINE_RATE_LEVEL34)
                .curve(LinearCurve.of(Ratio.of(20, 100), Ratio.of(10, 100), BigDecimal.ONE, 2))
                .build(),
            TargetRule.builder()
                .rule("test1501.work-records-online")
                .title("work records processed on the network")
                .article("«tối thiểu 60% … 30%»")
                .addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
                .indicator(Indicator.WORK_RECORDS_ONLINE_RATE)
                .threshold(Ratio.of(30, 100))
                .putThresholdByTier(Tier.PROVINCIAL, Ratio.of(60, 100))
                .build(),
            DeadlineRule.builder()
                .rule("test1501.edoc-four-levels")
                .title("electronic documents across the four levels")
                .article("«trước ngày 30/6/2020»")
                .addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
                .responsible("every agency")
                .schedule(Schedule.before(LocalDate.of(2020, 6, 30)))
                .build())
        .build();
  }

  static Directive test2023() {
    return Directive.builder()
        .id("test2023")
        .number("…/UBND-NC")
        .issuer("UBND tỉnh Quảng Trị")
        .year(2023)
        .title("Chấn chỉnh công tác giải quyết TTHC (test copy)")
        .defaultPeriod(Period.half(2023, 1))
        .addRequirements(
            target("test2023.on-time", Indicator.ON_TIME, 100),
            target("test2023.apology", Indicator.APOLOGY, 100),
            target("test2023.online-payment", Indicator.ONLINE_PAYMENT, 30),
            target("test2023.digitised-components", Indicator.DIGITISED_COMPONENTS, 100))
        .build();
  }

  private static TargetRule target(String rule, Indicator indicator, int percent) {
    return TargetRule.builder()
        .rule(rule)
        .title(indicator.description())
        .article("«" + percent + "%»")
        .addTiers(Tier.PROVINCIAL, Tier.DISTRICT, Tier.COMMUNE)
        .indicator(indicator)
        .threshold(Ratio.of(percent, 100))
        .build();
  }
}
