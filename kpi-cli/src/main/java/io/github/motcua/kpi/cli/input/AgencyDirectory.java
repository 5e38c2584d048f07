package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Agency;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies of one evaluation, found by code or by name: the national portal's {@code
 * DonViXuLy} holds one or the other depending on the system that sent it. Names are compared
 * NFC-normalised, case-insensitively and with runs of spaces collapsed.
 *
 * <p>On a given day ({@link #find(String, LocalDate)}) an agency is also found by its portal code,
 * and among agencies sharing a portal code or a name (the same unit before and after the reform of
 * 1 Jul 2025, under two records) the one that exists on that day is chosen: history is joined on
 * the code and the validity, never on the bare code.
 */
public final class AgencyDirectory {
  private final Map<String, Agency> byCode = new LinkedHashMap<>();
  private final Map<String, List<Agency>> byName = new LinkedHashMap<>();
  private final Map<String, List<Agency>> byPortalCode = new LinkedHashMap<>();

  /** A directory of {@code agencies}; the first agency with a code wins. */
  public AgencyDirectory(Collection<Agency> agencies) {
    agencies.forEach(this::add);
  }

  /** Adds an agency unless its code is already known. */
  public void add(Agency agency) {
    if (byCode.putIfAbsent(agency.code(), agency) == null) {
      byName.computeIfAbsent(normal(agency.name()), k -> new ArrayList<>()).add(agency);
      agency.portalCode().ifPresent(p -> byPortalCode.computeIfAbsent(p, k -> new ArrayList<>()).add(agency));
    }
  }

  /** The agency with this code, or else the first with this name. */
  public Optional<Agency> find(String codeOrName) {
    Agency a = byCode.get(codeOrName.trim());
    if (a != null) {
      return Optional.of(a);
    }
    List<Agency> named = byName.getOrDefault(normal(codeOrName), List.of());
    return named.stream().findFirst();
  }

  /**
   * The agency {@code text} names on {@code day}: the one with this code; else, among those with
   * this portal code, then among those with this name, the first that exists on {@code day}, or
   * the first if none does (the caller checks its validity).
   */
  public Optional<Agency> find(String text, LocalDate day) {
    Agency a = byCode.get(text.trim());
    if (a != null) {
      return Optional.of(a);
    }
    List<Agency> candidates =
        byPortalCode.containsKey(text.trim())
            ? byPortalCode.get(text.trim())
            : byName.getOrDefault(normal(text), List.of());
    return candidates.stream()
        .filter(c -> c.isValidOn(day))
        .findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  /** Every agency, in the order added. */
  public List<Agency> all() {
    return List.copyOf(byCode.values());
  }

  private static String normal(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .trim()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
