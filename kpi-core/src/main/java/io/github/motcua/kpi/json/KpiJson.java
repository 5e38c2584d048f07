package io.github.motcua.kpi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Requirement;

/**
 * The JSON form of the library's values: ISO dates ({@code 2020-04-08}), absent optionals as
 * {@code null}, unknown properties rejected, pretty-printed.
 *
 * <p>Directives and their requirements are not values of this form: they are written and read as
 * directive files (YAML or JSON) by kpi-io's {@code io.github.motcua.kpi.io.directive.DirectiveFiles},
 * which the core cannot depend on. Writing one here fails with a message that says so.
 */
public final class KpiJson {
  private static final ObjectMapper MAPPER = mapper();

  private KpiJson() {}

  /** A new mapper configured as the library writes and reads JSON, for callers to extend. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(
            new SimpleModule("kpi-directive-files")
                .addSerializer(new WrittenByDirectiveFiles<>(Directive.class))
                .addSerializer(new WrittenByDirectiveFiles<>(Requirement.class)))
        .build();
  }

  /** Refuses to write a directive (or a requirement) and says what writes it. */
  private static final class WrittenByDirectiveFiles<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    WrittenByDirectiveFiles(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws JsonMappingException {
      throw JsonMappingException.from(
          gen,
          "a "
              + handledType().getSimpleName()
              + " is not written by kpi-core's JSON: write directives with kpi-io's DirectiveFiles.write"
              + " (io.github.motcua.kpi.io.directive), as a directive file in YAML or JSON");
    }
  }

  /** {@code value} as JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A value of {@code type} from JSON text.
   *
   * @throws IllegalArgumentException with Jackson's message (line and column) if the text does not
   *     fit
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid " + type.getSimpleName() + " JSON: " + e.getMessage(), e);
    }
  }
}
