package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.model.Agency;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Agencies listed under two codes with the same name: the seed's department table lists "Sở Xây
 * dựng" twice. Such an input is accepted (two units may share a name), but a report warns, since one
 * agency listed twice would count twice in a provincial total. Names are compared in Unicode NFC,
 * trimmed, with runs of spaces as one and case ignored; agencies that never exist at the same time
 * (the same name before and after a reform) are not warned of.
 */
final class SameNames {
  private SameNames() {}

  /** One warning per name shared by two or more agency codes, in input order. */
  static List<String> warnings(List<Agency> agencies) {
    Map<String, List<Agency>> byName = new LinkedHashMap<>();
    for (Agency a : agencies) {
      byName.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a);
    }
    List<String> out = new ArrayList<>();
    for (List<Agency> named : byName.values()) {
      List<Agency> same = named.stream().filter(a -> overlapsAnother(a, named)).toList();
      if (same.size() > 1) {
        out.add(
            "agencies "
                + same.stream().map(Agency::code).collect(Collectors.joining(", "))
                + " have the same name '"
                + same.get(0).name().trim()
                + "': if they are one agency listed twice, a total over them counts it twice");
      }
    }
    return out;
  }

  /**
   * Whether another agency of {@code same} exists on a day {@code a} exists: a commune of 2024 and
   * the commune of the same name after 1 Jul 2025 are two records of history, not one agency twice.
   */
  private static boolean overlapsAnother(Agency a, List<Agency> same) {
    return same.stream()
        .anyMatch(
            b ->
                b != a
                    && a.validity().isConnected(b.validity())
                    && !a.validity().intersection(b.validity()).isEmpty());
  }

  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .trim()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
