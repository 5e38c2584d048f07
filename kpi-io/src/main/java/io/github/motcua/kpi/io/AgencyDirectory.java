package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agencies of one evaluation (danh bạ cơ quan), found by code or by name: the national portal's
 * {@code DonViXuLy} holds one or the other depending on the system that sent it. Names are compared
 * NFC-normalised, case-insensitively and with runs of spaces collapsed.
 *
 * <p>On a given day ({@link #find(String, LocalDate)}) an agency is also found by its portal code,
 * and among agencies sharing a portal code or a name (the same unit before and after the reform of
 * 1 Jul 2025, under two records) the one that exists on that day is chosen: history is joined on
 * the code and the validity, never on the bare code.
 *
 * <p>A name (or portal code) that two agencies share on the day — or, without a day, at all — finds
 * neither: {@link #lookup} says which agencies bear it, and a reader names the record's problem
 * ("the name of 2 agencies (QT-S03, QT-S09): give the agency's code") rather than take the first.
 */
public final class AgencyDirectory {
  private final List<Agency> agencies = new ArrayList<>();
  private final Map<String, Integer> byCode = new HashMap<>();
  private final Map<String, List<Integer>> byName = new LinkedHashMap<>();
  private final Map<String, List<Integer>> byPortalCode = new LinkedHashMap<>();
  /** Each agency's first and last day (epoch days; none: the widest), to check a day without objects. */
  private long[] firstDay = new long[16];
  private long[] lastDay = new long[16];

  /** A directory of {@code agencies}; the first agency with a code wins. */
  public AgencyDirectory(Collection<Agency> agencies) {
    agencies.forEach(this::add);
  }

  /** Adds an agency unless its code is already known. */
  public void add(Agency agency) {
    int i = agencies.size();
    if (byCode.putIfAbsent(agency.code(), i) == null) {
      byName.computeIfAbsent(normal(agency.name()), n -> new ArrayList<>(1)).add(i);
      agency.portalCode().ifPresent(p -> byPortalCode.computeIfAbsent(p, k -> new ArrayList<>(1)).add(i));
      agencies.add(agency);
      if (i == firstDay.length) {
        firstDay = java.util.Arrays.copyOf(firstDay, i * 2);
        lastDay = java.util.Arrays.copyOf(lastDay, i * 2);
      }
      firstDay[i] = agency.validFrom().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      lastDay[i] = agency.lastDay().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }
  }

  /** The agency with this code, or else the one agency with this name (or portal code). */
  public Optional<Agency> find(String codeOrName) {
    return lookup(codeOrName).agency();
  }

  /**
   * The agency {@code text} names on {@code day}: the one with this code; else, among those with
   * this portal code, then among those with this name, the one that exists on {@code day} (or, if
   * none does, the only one there is: the caller checks its validity); empty if unknown or shared.
   */
  public Optional<Agency> find(String text, LocalDate day) {
    return lookup(text, day).agency();
  }

  /** What a code or name finds, whatever the day. */
  public Found lookup(String codeOrName) {
    return lookup(codeOrName, null);
  }

  /** What a code, portal code or name finds on {@code day} (null: any day). */
  public Found lookup(String text, LocalDate day) {
    Integer i = byCode.get(text.trim());
    if (i != null) {
      return new Found(Optional.of(agencies.get(i)), List.of());
    }
    List<Integer> candidates = byPortalCode.get(text.trim());
    if (candidates == null) {
      candidates = byName.get(normal(text));
    }
    if (candidates == null) {
      return new Found(Optional.empty(), List.of());
    }
    if (candidates.size() == 1) {
      return new Found(Optional.of(agencies.get(candidates.get(0))), List.of());
    }
    List<Agency> on = new ArrayList<>();
    for (int c : candidates) {
      if (day == null || agencies.get(c).isValidOn(day)) {
        on.add(agencies.get(c));
      }
    }
    if (on.size() == 1) {
      return new Found(Optional.of(on.get(0)), List.of());
    }
    return new Found(Optional.empty(), on.isEmpty() ? candidates.stream().map(agencies::get).toList() : List.copyOf(on));
  }

  /**
   * What a lookup found: {@code agency} when the code or name is one agency's (on the day); otherwise,
   * when a name or portal code is shared, the agencies sharing it ({@code sameName}, at least two);
   * both empty when unknown.
   */
  public record Found(Optional<Agency> agency, List<Agency> sameName) {}

  /** The position in {@link #all()} of the agency with code {@code code}, or -1. */
  int indexOf(String code) {
    Integer i = byCode.get(code);
    return i == null ? -1 : i;
  }

  /** Whether the agency at {@code index} exists on the epoch day {@code day}. */
  boolean existsOn(int index, long day) {
    return day >= firstDay[index] && day <= lastDay[index];
  }

  /** The agency at {@code index}. */
  Agency get(int index) {
    return agencies.get(index);
  }

  /** The number of agencies. */
  public int size() {
    return agencies.size();
  }

  /** Every agency, in the order added. */
  public List<Agency> all() {
    return List.copyOf(agencies);
  }

  /** The problem of a name {@code sameName} share. */
  static String ambiguous(List<Agency> sameName) {
    return "the name of " + sameName.size() + " agencies ("
        + sameName.stream().map(Agency::code).limit(5).collect(Collectors.joining(", "))
        + (sameName.size() > 5 ? ", …" : "") + "): give the agency's code";
  }

  private static String normal(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC).trim().toLowerCase(Locale.ROOT);
    StringBuilder s = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space) {
          s.append(' ');
          space = false;
        }
        s.append(c);
      }
    }
    return s.toString();
  }
}
