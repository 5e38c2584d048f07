package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Reads a dossiers file in whichever format it is: our dossier CSV (a {@code .csv} name), the
 * national portal's JSON array or NDJSON (a {@code .json}, {@code .ndjson} or {@code .jsonl} name),
 * or, under any other name, NDJSON or a JSON array if it starts with an opening brace or {@code [},
 * else CSV. An empty JSON or NDJSON file holds no records (it has no header to miss, as a CSV file
 * would). Dossiers sharing an id ({@code MaHoSo}) are all rejected, each naming the others' lines.
 */
public final class DossierFiles {
  /** The columns our dossier CSV must have; the others may be left out. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          DossierField.ID.csv(),
          DossierField.PROCEDURE.csv(),
          DossierField.AGENCY.csv(),
          DossierField.CHANNEL.csv(),
          DossierField.RECEIVED.csv());

  private DossierFiles() {}

  /** Reads {@code path} against the catalogue and agencies. */
  public static Intake<Dossier> read(Path path, ProcedureCatalogue catalogue, AgencyDirectory agencies)
      throws IOException {
    return read(path, catalogue, agencies, OptionalInt.empty());
  }

  /**
   * Reads {@code path} against the catalogue and agencies, {@code KenhThucHien} = {@code vneidCode}
   * (when given) read as VNeID.
   */
  public static Intake<Dossier> read(
      Path path, ProcedureCatalogue catalogue, AgencyDirectory agencies, OptionalInt vneidCode)
      throws IOException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean json = name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl");
    boolean csv = name.endsWith(".csv") || (!json && !NationalPortalReader.looksLikeJson(path));
    Intake<Dossier> intake;
    if (csv) {
      intake = CsvRecords.read(path, CSV_COLUMNS, DossierBinder.csv(catalogue, agencies, vneidCode));
    } else {
      Intake<Dossier> portal = new Intake<>(path.toString());
      DossierBinder binder = DossierBinder.portal(catalogue, agencies, vneidCode);
      NationalPortalReader.read(
          path,
          new NationalPortalReader.Sink() {
            @Override
            public void record(RawRecord record) {
              RecordBinder.into(portal, record, binder);
            }

            @Override
            public void malformed(Location location, String message, String value) {
              portal.reject(location, List.of(Problem.of(location, null, null, message, value)));
            }
          });
      intake = portal;
    }
    intake.rejectDuplicates(Dossier::id, csv ? DossierField.ID.csv() : DossierField.ID.portal(), Dossier::id);
    return intake;
  }
}
