package io.github.motcua.kpi.io;

import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import io.github.motcua.kpi.tally.Tallies;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each agency's dossiers counted again, split by procedure (a breakdown of where an agency's figures
 * come from): the dossiers counted by {@link #tallies()} under their agency — the receiving one, or
 * the settling one ({@link #underSettlingAgency()}) — and their procedure, settled nowhere else.
 * Read in the same pass as the tallies ({@link DossierReader#tally(java.nio.file.Path, java.util.List,
 * java.util.List)}).
 *
 * @param tallies what is counted: a catalogue with the reader's procedures in the same order
 * @param underSettlingAgency whether a dossier counts under the agency that settles it
 */
public record ProcedureSplit(Tallies tallies, boolean underSettlingAgency) {
  private static final char SEPARATOR = '\u0001';

  /** The key of an agency's procedure in the tallies counted. */
  static String key(String agency, String procedure) {
    return agency + SEPARATOR + procedure;
  }

  /** Counted tallies keyed by agency and procedure, as agency → the agency's tallies by procedure. */
  static Map<String, ProvinceTally> byAgency(ProvinceTally counted) {
    Map<String, Map<String, Tally>> parts = new TreeMap<>();
    counted.byAgency().forEach((key, tally) -> {
      int at = key.lastIndexOf(SEPARATOR);
      if (at < 0) {
        return; // an agency with offerings and no dossier: nothing to split
      }
      parts.computeIfAbsent(key.substring(0, at), a -> new TreeMap<>()).put(key.substring(at + 1), tally);
    });
    Map<String, ProvinceTally> out = new TreeMap<>();
    parts.forEach((agency, byProcedure) -> out.put(agency, ProvinceTally.of(byProcedure)));
    return out;
  }
}
