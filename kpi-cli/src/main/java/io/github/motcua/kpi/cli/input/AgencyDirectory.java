package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Agency;
import java.text.Normalizer;
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
 */
public final class AgencyDirectory {
  private final Map<String, Agency> byCode = new LinkedHashMap<>();
  private final Map<String, Agency> byName = new LinkedHashMap<>();

  /** A directory of {@code agencies}; the first agency with a code or name wins. */
  public AgencyDirectory(Collection<Agency> agencies) {
    agencies.forEach(this::add);
  }

  /** Adds an agency unless its code is already known. */
  public void add(Agency agency) {
    if (byCode.putIfAbsent(agency.code(), agency) == null) {
      byName.putIfAbsent(normal(agency.name()), agency);
    }
  }

  /** The agency with this code, or else this name. */
  public Optional<Agency> find(String codeOrName) {
    Agency a = byCode.get(codeOrName.trim());
    return a != null ? Optional.of(a) : Optional.ofNullable(byName.get(normal(codeOrName)));
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
