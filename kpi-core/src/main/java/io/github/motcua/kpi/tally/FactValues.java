package io.github.motcua.kpi.tally;

import com.google.common.collect.ImmutableSortedSet;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.model.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values each {@link Fact} takes, in their canonical text (the text of directive files), and
 * their codes in a dossier's signature. One place for both, so a {@code where} clause written in a
 * file, built in Java, or compiled for counting means the same.
 */
final class FactValues {
  private FactValues() {}

  /** The canonical values of a fact's domain, in code order (index = code); null for free text. */
  static List<String> domain(Fact fact) {
    switch (fact.domain()) {
      case WHEN:
        return Arrays.stream(When.values()).map(When::key).collect(Collectors.toUnmodifiableList());
      case STATUS:
        return Arrays.stream(DossierStatus.values())
            .map(DossierStatus::key)
            .collect(Collectors.toUnmodifiableList());
      case CHANNEL:
        return Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toUnmodifiableList());
      case LEVEL:
        return List.of("2", "3", "4");
      case TIER:
        return Arrays.stream(Tier.values()).map(Enum::name).collect(Collectors.toUnmodifiableList());
      case NATIONAL_STATUS:
        return List.of("none", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
      case BOOLEAN:
        return List.of("false", "true");
      case PAYMENT:
        return List.of("none", "national-portal", "provincial-gateway");
      case RATING:
        return List.of("none", "satisfied", "dissatisfied");
      case SUPPLEMENTS:
        return List.of("0", "1", "many");
      case TEXT:
      default:
        return null;
    }
  }

  /**
   * The canonical values {@code text} stands for as a value of {@code fact} (a status group stands
   * for several).
   *
   * @throws IllegalArgumentException naming the fact, the value and the values it takes
   */
  static Set<String> canonical(Fact fact, String text) {
    String t = text.trim();
    if (fact.domain() == Fact.Domain.TEXT) {
      if (t.isEmpty()) {
        throw new IllegalArgumentException("a blank value for '" + fact.key() + "'");
      }
      return Set.of(t);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    switch (fact.domain()) {
      case STATUS:
        return DossierStatus.byName(lower)
            .map(s -> s.stream().map(DossierStatus::key).collect(Collectors.toSet()))
            .orElseThrow(() -> unknown(fact, text, statusNames()));
      case CHANNEL:
      case TIER:
        return Set.of(pick(fact, t.toUpperCase(Locale.ROOT), text));
      case LEVEL:
        if (lower.equals("partial") || lower.equals("một phần")) {
          return Set.of("3");
        }
        if (lower.equals("full") || lower.equals("toàn trình")) {
          return Set.of("4");
        }
        return Set.of(pick(fact, lower, text));
      case BOOLEAN:
        if (lower.equals("yes") || lower.equals("1")) {
          return Set.of("true");
        }
        if (lower.equals("no") || lower.equals("0")) {
          return Set.of("false");
        }
        return Set.of(pick(fact, lower, text));
      default:
        return Set.of(pick(fact, lower, text));
    }
  }

  /** The code of a canonical value in its fact's domain. */
  static int code(Fact fact, String canonical) {
    return domain(fact).indexOf(canonical);
  }

  /** The canonical values of many texts. */
  static ImmutableSortedSet<String> canonical(Fact fact, Iterable<String> texts) {
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    for (String t : texts) {
      b.addAll(canonical(fact, t));
    }
    return b.build();
  }

  private static String pick(Fact fact, String candidate, String original) {
    List<String> domain = domain(fact);
    if (domain.contains(candidate)) {
      return candidate;
    }
    throw unknown(fact, original, domain);
  }

  private static List<String> statusNames() {
    List<String> names = new ArrayList<>(domain(Fact.STATUS));
    names.addAll(List.of("accepted", "finished", "open", "in-progress", "overdue"));
    return names;
  }

  private static IllegalArgumentException unknown(Fact fact, String value, List<String> known) {
    return new IllegalArgumentException(
        "unknown " + fact.key() + " '" + value + "'; known: " + String.join(", ", known));
  }

  /** The canonical value of a payment. */
  static String of(Payment p) {
    return domain(Fact.PAYMENT).get(p.ordinal());
  }

  /** The canonical value of a rating (index 1 and 2 of the domain). */
  static String of(Rating r) {
    return domain(Fact.RATING).get(r.ordinal() + 1);
  }
}
