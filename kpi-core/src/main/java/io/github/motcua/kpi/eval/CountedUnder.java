package io.github.motcua.kpi.eval;

/**
 * Which agency a dossier is counted under where the one that received it is not the one that
 * settles it: since Nghị định 118/2025/NĐ-CP dossiers are received regardless of administrative
 * boundary ("phi địa giới"), so a commune may receive a dossier another commune or a department
 * settles. Indicators count under the {@link #RECEIVING} agency unless the caller asks otherwise,
 * as the national report forms do.
 */
public enum CountedUnder {
  /** The agency that received the dossier (cơ quan tiếp nhận): the default. */
  RECEIVING,
  /**
   * The agency that settles it (cơ quan giải quyết), counted with {@link
   * io.github.motcua.kpi.tally.Tallies#bySettlingAgency()}.
   */
  SETTLING
}
