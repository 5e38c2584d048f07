package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The agencies file: columns {@code agency,name,tier} and optionally {@code roles} (separated by
 * {@code ;}). Tiers are {@code PROVINCIAL}, {@code DISTRICT}, {@code COMMUNE} (any case) or the
 * Vietnamese {@code tỉnh}, {@code huyện}, {@code xã}. Duplicate codes are rejected, naming both lines.
 */
public final class AgenciesCsv {
  /** The columns every agencies file has. */
  public static final List<String> COLUMNS = List.of("agency", "name", "tier");

  private AgenciesCsv() {}

  /**
   * The agencies of {@code path}.
   *
   * @throws BadInputException listing every problem
   */
  public static List<Agency> read(Path path) throws IOException {
    Intake<Agency> intake = CsvRecords.read(path, COLUMNS, AgenciesCsv::agency);
    intake.rejectDuplicates(Agency::code, "agency", null);
    return CsvRecords.strict(intake);
  }

  /** The agency of a record with {@code agency,name,tier} fields, or null with problems. */
  public static Agency agency(FieldReader f) {
    String code = f.required("agency");
    String name = f.required("name");
    Tier tier = tier(f);
    if (!f.ok()) {
      return null;
    }
    var b = Agency.builder().code(code).name(name).tier(tier);
    f.text("roles").ifPresent(roles -> {
      for (String role : roles.split(";")) {
        if (!role.isBlank()) {
          b.addRoles(role.trim());
        }
      }
    });
    return b.build();
  }

  /** The {@code tier} field, or null with a problem. */
  static Tier tier(FieldReader f) {
    String text = f.required("tier");
    if (text == null) {
      return null;
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "provincial":
      case "province":
      case "tỉnh":
        return Tier.PROVINCIAL;
      case "district":
      case "huyện":
        return Tier.DISTRICT;
      case "commune":
      case "xã":
        return Tier.COMMUNE;
      default:
        f.problem("tier", "not a tier (PROVINCIAL, DISTRICT or COMMUNE)", text);
        return null;
    }
  }
}
