package io.github.motcua.kpi.testkit.demo;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.RuleModule;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.StepCurve;
import io.github.motcua.kpi.rules.TargetRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A made-up province's directive, written only through the public API, as a province would add its
 * rules without touching the core. Registered in {@code
 * META-INF/services/io.github.motcua.kpi.rules.RuleModule}.
 */
public final class DemoProvinceRules implements RuleModule {

  @Override
  public List<Directive> directives() {
    return List.of(
        Directive.builder()
            .id("demo-province")
            .number("01/CT-UBND")
            .issuer("UBND tỉnh Demo")
            .year(2024)
            .title("Về đẩy mạnh dịch vụ công trực tuyến")
            .defaultPeriod(Period.year(2024))
            .addRequirements(
                TargetRule.builder()
                    .rule("demo.online-rate.level3")
                    .title("At least 40 % (provincial) or 20 % (district) of level-3 dossiers online")
                    .article("§1: «tối thiểu 40 % hồ sơ mức độ 3 được tiếp nhận trực tuyến»")
                    .addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
                    .indicator(Indicator.ONLINE_RATE_LEVEL3)
                    .threshold(Ratio.ofPercent(40))
                    .putThresholdByTier(Tier.DISTRICT, Ratio.ofPercent(20))
                    .build(),
                TargetRule.builder()
                    .rule("demo.online-rate.level3-4")
                    .title("At least 11.5 % of level-3/4 dossiers online, communes")
                    .article("§2: «tối thiểu 11,5 %»")
                    .addTiers(Tier.COMMUNE)
                    .indicator(Indicator.ONLINE_RATE_LEVEL34)
                    .threshold(Ratio.parsePercent("11.5"))
                    .build(),
                ScoredRule.builder()
                    .rule("demo.on-time")
                    .title("Points for dossiers settled on time")
                    .article("§3: «giải quyết đúng hạn»")
                    .addTiers(Tier.values())
                    .indicator(Indicator.ON_TIME)
                    .curve(LinearCurve.of(Ratio.ofPercent(95), Ratio.ofPercent(50), BigDecimal.valueOf(2), 2))
                    .build(),
                ScoredRule.builder()
                    .rule("demo.online-payment")
                    .title("Points for fees paid online")
                    .article("§4: «thanh toán trực tuyến»")
                    .addTiers(Tier.PROVINCIAL, Tier.DISTRICT)
                    .indicator(Indicator.ONLINE_PAYMENT)
                    .curve(
                        StepCurve.builder()
                            .addSteps(StepCurve.Step.of(Ratio.ofPercent(10), new BigDecimal("0.5")))
                            .addSteps(StepCurve.Step.of(Ratio.ofPercent(30), BigDecimal.ONE))
                            .scale(1)
                            .build())
                    .build(),
                TargetRule.builder()
                    .rule("demo.procedures-with-online-dossiers")
                    .title("Half the level-3/4 procedures of a department receive online dossiers")
                    .article("§4a: «50 % thủ tục có phát sinh hồ sơ trực tuyến»")
                    .addTiers(Tier.PROVINCIAL)
                    .indicator(Indicator.PROCEDURES_WITH_ONLINE_DOSSIERS)
                    .threshold(Ratio.ofPercent(50))
                    .build(),
                TargetRule.builder()
                    .rule("demo.land-overdue-share")
                    .title("Land dossiers are at most all overdue ones (a share, for the report)")
                    .article("§5: «lĩnh vực đất đai»")
                    .addTiers(Tier.DISTRICT)
                    .indicator(Indicator.overdueShareOf("Đất đai"))
                    .threshold(Ratio.of(1, 3))
                    .build(),
                DeadlineRule.builder()
                    .rule("demo.quarterly-report")
                    .title("The service centre reports every quarter, before the 15th of its last month")
                    .article("§6: «trước ngày 15 tháng cuối quý»")
                    .addTiers(Tier.PROVINCIAL)
                    .role("hcc-centre")
                    .responsible("the public administration service centre")
                    .schedule(Schedule.quarterlyBefore(3, 15))
                    .reading("«trước ngày 15» is due on the 14th, the day before")
                    .build(),
                DeadlineRule.builder()
                    .rule("demo.publish-list")
                    .title("Districts publish their list of online services by 30 June 2024")
                    .article("§7: «trước ngày 30/6/2024»")
                    .addTiers(Tier.DISTRICT)
                    .responsible("chairs of district people's committees")
                    .schedule(Schedule.before(LocalDate.of(2024, 6, 30)))
                    .window(Period.year(2024))
                    .build())
            .build());
  }
}
