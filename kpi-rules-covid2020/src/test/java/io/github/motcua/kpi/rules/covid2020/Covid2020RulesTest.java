package io.github.motcua.kpi.rules.covid2020;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.RuleModule;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Covid2020RulesTest {

  @Test
  void serviceLoaderFindsTheThreeCovidDirectives() {
    Directives loaded = Directives.load();
    assertTrue(loaded.ids().containsAll(List.of("brvt404", "qt1501", "tv1239")), "loaded: " + loaded.ids());
    assertSame(Qt1501.directive(), loaded.get(Qt1501.ID));
    assertSame(Tv1239.directive(), loaded.get(Tv1239.ID));
    assertSame(Brvt404.directive(), loaded.get(Brvt404.ID));
  }

  @Test
  void theModuleProvidesExactlyItsThreeDirectives() {
    Directives own = Directives.of(new Covid2020Rules());
    assertEquals(List.of("brvt404", "qt1501", "tv1239"), own.ids());
    assertEquals("kpi-rules-covid2020", new Covid2020Rules().name());
  }

  @Test
  void classPathUsersFindTheModuleThroughMetaInfServices() throws Exception {
    String services = "/META-INF/services/" + RuleModule.class.getName();
    String listed;
    try (InputStream in = Covid2020Rules.class.getResourceAsStream(services)) {
      assertNotNull(in, services);
      listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertEquals(Covid2020Rules.class.getName(), listed);
    RuleModule module = (RuleModule) Class.forName(listed).getConstructor().newInstance();
    assertEquals(new Covid2020Rules().directives(), module.directives());
  }
}
