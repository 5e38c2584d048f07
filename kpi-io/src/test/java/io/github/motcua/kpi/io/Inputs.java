package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small inputs for the readers' tests: the repository's examples, and text written on the spot. */
final class Inputs {
  private Inputs() {}

  /** A file of the repository's examples directory (tests run in kpi-io/). */
  static Path example(String name) {
    return Path.of("..", "examples", name);
  }

  static ProcedureCatalogue catalogue() {
    try {
      return ProceduresCsv.read(example("procedures.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Agency> agencies() {
    try {
      return AgenciesCsv.read(example("agencies.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DossierReader reader() {
    return DossierReader.builder(catalogue(), agencies()).build();
  }

  /** One NDJSON dossier line in the portal's format; {@code extra} is spliced in as raw JSON. */
  static String portal(String id, String agency, String received, String due, String finished, String extra) {
    return "{\"MaHoSo\":\"" + id + "\",\"MaTTHC\":\"1.004227\",\"DonViXuLy\":\"" + agency + "\",\"KenhThucHien\":2,"
        + "\"NgayTiepNhan\":\"" + received + "\",\"NgayHenTra\":\"" + due + "\""
        + (finished == null ? "" : ",\"NgayKetThucXuLy\":\"" + finished + "\"")
        + (extra == null ? "" : "," + extra) + "}";
  }

  static String good(String id) {
    return portal(id, "QT-S03", "20230105080000", "20230120170000", "20230118100000", null);
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static DossierRead<List<Dossier>> dossiers(DossierReader reader, String name, String text) {
    try {
      return reader.dossiers(name, DossierReader.Source.of(text.getBytes(StandardCharsets.UTF_8)), format(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DossierRead<DossierColumns> columns(DossierReader reader, String name, byte[] bytes) {
    try {
      return reader.columns(name, DossierReader.Source.of(bytes), format(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DossierRead<ProvinceTally> tally(DossierReader reader, String name, byte[] bytes, Tallies tallies) {
    try {
      return reader.tally(name, DossierReader.Source.of(bytes), format(name), tallies);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DossierReader.Format format(String name) {
    return name.endsWith(".csv") ? DossierReader.Format.CSV : DossierReader.Format.PORTAL;
  }

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Agency agency(String code, String name) {
    return Agency.of(code, name, Tier.PROVINCIAL);
  }
}
