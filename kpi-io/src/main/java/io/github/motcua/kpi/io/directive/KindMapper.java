package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.motcua.kpi.rules.Requirement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one kind of requirement is read from a file and written to one: the keys it adds to the
 * common ones ({@link RequirementMapper}). A new attribute of a kind is one key read here and
 * written here.
 *
 * @param <R> the requirement type
 */
abstract class KindMapper<R extends Requirement> {
  private final Requirement.Kind kind;
  private final Class<R> type;
  private final List<String> keys;

  KindMapper(Requirement.Kind kind, Class<R> type, List<String> keys) {
    this.kind = kind;
    this.type = type;
    this.keys = List.copyOf(keys);
  }

  /** The kind's name in files: {@code target}, {@code score}, {@code deadline}, {@code duration}. */
  final String name() {
    return name(kind);
  }

  static String name(Requirement.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  final Requirement.Kind kind() {
    return kind;
  }

  /** The keys this kind adds. */
  final List<String> keys() {
    return keys;
  }

  /** Whether {@code r} is of this kind. */
  final boolean handles(Requirement r) {
    return type.isInstance(r);
  }

  /**
   * Reads this kind's keys of {@code f} (recording each problem); returns how to build the
   * requirement from the common attributes, or empty if a key has a problem. The builder may
   * record a problem and return empty too, or throw the core's IllegalArgumentException.
   */
  abstract Optional<Function<Requirement, Optional<Requirement>>> read(Fields f, Definitions defs);

  /** Writes this kind's keys of {@code r} into {@code out}. */
  abstract void writeKeys(R r, ObjectNode out);

  final void write(Requirement r, ObjectNode out) {
    writeKeys(type.cast(r), out);
  }
}
