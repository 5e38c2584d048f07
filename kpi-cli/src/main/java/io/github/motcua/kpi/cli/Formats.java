package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.report.Format;
import io.github.motcua.kpi.report.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} and {@code --lang} values of the report commands, in lower case. */
final class Formats {
  private Formats() {}

  /** {@code table}, {@code csv}, {@code json}, {@code xlsx}, {@code html}. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code vi} or {@code en}. */
  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
