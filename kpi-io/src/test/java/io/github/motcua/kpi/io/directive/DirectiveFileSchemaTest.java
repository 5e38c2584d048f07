package io.github.motcua.kpi.io.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.model.When;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema (draft 2020-12) cannot drift from the reader or the core: it is a valid
 * schema; the copy under docs/ is the jar's; its enumerations are the core's vocabularies (fact keys,
 * statuses and their groups, channels, tiers, when-values) and its keys the reader's, kind by kind;
 * and every exported built-in directive, the example province file and the spec's example validate
 * against it, while files with an unknown key, tier or out-of-range threshold do not.
 */
class DirectiveFileSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static JsonNode schemaNode() throws IOException {
    return JSON.readTree(DirectiveFiles.schema());
  }

  private static Schema schema() {
    return REGISTRY.getSchema(DirectiveFiles.schema(), InputFormat.JSON);
  }

  private static List<String> errors(String yaml) throws IOException {
    return schema().validate(YAML.readTree(yaml)).stream().map(Error::toString).collect(Collectors.toList());
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> out = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  @Test
  void theSchemaIsAValidDraft202012SchemaAndDocsHoldTheJarsCopy() throws IOException {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(schemaNode()));
    assertFalse(meta.validate(JSON.readTree("{\"type\": 5}")).isEmpty(), "the meta-schema check does check");
    assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode().get("$schema").asText());
    assertEquals(DirectiveFiles.SCHEMA_URL, schemaNode().get("$id").asText());
    String docs = Files.readString(Path.of("..", "docs", "directive-file.schema.json"), StandardCharsets.UTF_8);
    assertEquals(DirectiveFiles.schema(), docs, "docs/directive-file.schema.json must be a copy of the jar's schema");
  }

  @Test
  void theSchemasVocabulariesAreTheCores() throws IOException {
    JsonNode defs = schemaNode().get("$defs");
    List<String> facts = new ArrayList<>(Arrays.stream(Fact.values()).map(Fact::key).toList());
    facts.add(WhereMapper.ANY);
    assertEquals(Set.copyOf(facts), keys(defs.get("where").get("properties")));
    assertEquals(Arrays.stream(Tier.values()).map(Enum::name).collect(Collectors.toSet()), texts(defs.get("tier").get("enum")));
    assertEquals(Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet()), texts(defs.get("channel").get("enum")));
    assertEquals(Arrays.stream(When.values()).map(When::key).collect(Collectors.toSet()), texts(defs.get("when").get("enum")));
    Set<String> statuses = Arrays.stream(DossierStatus.values()).map(DossierStatus::key).collect(Collectors.toCollection(LinkedHashSet::new));
    statuses.addAll(WhereMapper.STATUS_GROUPS);
    assertEquals(statuses, texts(defs.get("status").get("enum")));
    for (String name : statuses) {
      assertTrue(DossierStatus.byName(name).isPresent(), name + " is a status or group the core knows");
    }
    for (Fact f : Fact.values()) {
      JsonNode property = defs.get("where").get("properties").get(f.key());
      String ref = property.get("oneOf").get(0).get("$ref").asText();
      String expected = switch (f.domain()) {
        case WHEN -> "#/$defs/when";
        case STATUS -> "#/$defs/status";
        case CHANNEL -> "#/$defs/channel";
        case LEVEL -> "#/$defs/level";
        case TIER -> "#/$defs/tier";
        case TEXT -> "#/$defs/text";
        case NATIONAL_STATUS -> "#/$defs/national-status";
        case BOOLEAN -> "#/$defs/boolean";
        case PAYMENT -> "#/$defs/payment";
        case RATING -> "#/$defs/rating";
        case SUPPLEMENTS -> "#/$defs/supplements";
      };
      assertEquals(expected, ref, "the values of fact " + f.key());
    }
  }

  @Test
  void theSchemasKeysAreTheReadersKindByKind() throws IOException {
    JsonNode defs = schemaNode().get("$defs");
    Set<String> directive = new LinkedHashSet<>(DirectiveMapper.KEYS);
    directive.add("$schema");
    assertEquals(directive, keys(defs.get("directive").get("properties")));
    assertEquals(Set.copyOf(DirectiveMapper.FILE_KEYS), keys(schemaNode().get("oneOf").get(1).get("properties")));
    assertEquals(Set.copyOf(CounterMapper.KEYS), keys(defs.get("counter").get("properties")));
    assertEquals(Set.copyOf(IndicatorMapper.KEYS), keys(defs.get("indicator").get("properties")));
    JsonNode requirement = defs.get("requirement");
    assertEquals(Set.copyOf(RequirementMapper.COMMON_KEYS), keys(requirement.get("properties")));
    assertEquals(Set.copyOf(RequirementMapper.kindNames()), texts(requirement.get("properties").get("kind").get("enum")));
    for (JsonNode branch : requirement.get("allOf")) {
      String kind = branch.get("if").get("properties").get("kind").get("const").asText();
      KindMapper<?> mapper = RequirementMapper.KINDS.stream().filter(k -> k.name().equals(kind)).findFirst().orElseThrow();
      assertEquals(Set.copyOf(mapper.keys()), keys(branch.get("then").get("properties")), "the keys of a " + kind + " rule");
    }
    JsonNode curves = defs.get("curve").get("oneOf");
    assertEquals(Set.copyOf(CurveMapper.LINEAR_KEYS), keys(curves.get(0).get("properties")));
    assertEquals(Set.copyOf(CurveMapper.STEP_KEYS), keys(curves.get(1).get("properties")));
    assertEquals(Set.copyOf(CurveMapper.STEP_ITEM_KEYS), keys(curves.get(1).get("properties").get("steps").get("items").get("properties")));
    JsonNode quarterly = defs.get("schedule").get("properties").get("quarterly").get("properties");
    assertEquals(Set.copyOf(DeadlineMapper.QUARTERLY_KEYS), keys(quarterly));
    Set<String> dueKeys = new LinkedHashSet<>();
    defs.get("due").get("oneOf").forEach(form -> { if (form.has("properties")) dueKeys.addAll(keys(form.get("properties"))); });
    assertEquals(Set.copyOf(DeadlineMapper.DUE_KEYS), dueKeys);
  }

  @Test
  void everyExportedDirectiveTheExampleAndTheSpecsExampleValidate() throws IOException {
    for (Directive d : Directives.load().list()) {
      String yaml = DirectiveFilesRoundTripTest.write(d);
      assertEquals(List.of(), errors(yaml), d.id() + ":\n" + yaml);
    }
    String own = DirectiveFilesRoundTripTest.write(DirectiveFilesRoundTripTest.ownCounters());
    assertEquals(List.of(), errors(own), own);
    String example = Files.readString(Path.of("..", "examples", "hn-2026-vneid.yaml"), StandardCharsets.UTF_8);
    assertEquals(List.of(), errors(example));
    String spec = new String(getClass().getResourceAsStream("spec-example.yaml").readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(List.of(), errors(spec), "the spec's example is well-formed; only the reader sees its numerator problem");
  }

  @Test
  void aFileWithAnUnknownKeyTierOrThresholdFailsTheSchema() throws IOException {
    String good = DirectiveFilesRoundTripTest.write(Directives.load().get("qt2023"));
    assertEquals(List.of(), errors(good));
    assertFalse(errors(good.replace("    indicator: apology", "    indicatr: apology")).isEmpty(), "unknown key");
    assertFalse(errors(good.replace("      - DISTRICT", "      - DISTRIKT")).isEmpty(), "unknown tier");
    assertFalse(errors(good.replace("threshold: 30", "threshold: 130")).isEmpty(), "threshold above 100");
    assertTrue(good.contains("    due:\n      before: 2023-07-20\n"), good);
    assertFalse(errors(good.replace("      before: 2023-07-20", "      befor: 2023-07-20")).isEmpty(), "unknown due wording");
    assertFalse(errors(good.replace("    due:\n      before: 2023-07-20", "    schedule: {monthly: 3}")).isEmpty(), "unknown schedule");
    assertFalse(errors(good.replace("year: 2023\n", "")).isEmpty(), "neither date nor year");
  }
}
