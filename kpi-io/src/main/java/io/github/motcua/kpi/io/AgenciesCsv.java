package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.AgencyTree;
import io.github.motcua.kpi.model.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies file: columns {@code agency,name,tier} and optionally {@code roles} (separated by
 * {@code ;}) and, for agencies that change, {@code valid_from,valid_to} (ISO dates, both days
 * included), {@code parent} (the code of the agency it belongs to), {@code successors} (codes
 * separated by {@code ;}), {@code statistical_code} (QĐ 19/2025/QĐ-TTg) and {@code portal_code}
 * (the portal's electronic identifier, e.g. {@code 000.00.18.H50}). A file without these columns
 * reads as before. Tiers are {@code PROVINCIAL}, {@code DISTRICT}, {@code COMMUNE} (any case) or
 * the Vietnamese {@code tỉnh}, {@code huyện}, {@code xã}.
 *
 * <p>Rejected, each naming its line and field: duplicate codes (naming both lines); {@code
 * valid_to} before {@code valid_from}; a {@code DISTRICT} agency valid after 30 Jun 2025; a parent
 * or successor that is not listed (or is the agency itself); a parent that never exists at the
 * same time as the agency; a cycle of parents; a statistical or portal code shared by two agencies
 * that exist at the same time (see {@link AgencyTree#inconsistencies}).
 */
public final class AgenciesCsv {
  /** The columns every agencies file has. */
  public static final List<String> COLUMNS = List.of("agency", "name", "tier");

  /** The columns an agencies file may have besides (a tallies file too). */
  public static final List<String> OPTIONAL_COLUMNS =
      List.of("roles", "valid_from", "valid_to", "parent", "successors", "statistical_code", "portal_code");

  private static final Map<String, String> COLUMN_OF_ATTRIBUTE =
      Map.of(
          "code", "agency",
          "parent", "parent",
          "successors", "successors",
          "statisticalCode", "statistical_code",
          "portalCode", "portal_code");

  private AgenciesCsv() {}

  /**
   * The agencies of {@code path}, read whole or not at all.
   *
   * @throws BadInputException listing every problem
   * @throws IOException if the file cannot be read
   */
  public static List<Agency> read(Path path) throws IOException {
    return read(path, ReadOptions.defaults());
  }

  /**
   * As {@link #read(Path)}, with {@code options}.
   *
   * @throws BadInputException listing every problem (the first, if the options say so)
   * @throws IOException if the file cannot be read
   */
  public static List<Agency> read(Path path, ReadOptions options) throws IOException {
    Intake<Agency> intake = CsvRecords.read(path, COLUMNS, AgenciesCsv::agency, options);
    intake.rejectDuplicates(Agency::code, "agency", null);
    List<Agency> agencies = intake.strict();
    checkTree(intake);
    return agencies;
  }

  /**
   * Checks that the agencies read form a tree, naming the line and column of each inconsistency.
   *
   * @throws BadInputException listing every inconsistency
   */
  static void checkTree(Intake<Agency> intake) {
    Map<String, Location> lines = new HashMap<>();
    intake.accepted().forEach(a -> lines.putIfAbsent(a.value().code(), a.location()));
    List<Problem> problems = new ArrayList<>();
    for (AgencyTree.Inconsistency i : AgencyTree.inconsistencies(intake.values())) {
      problems.add(
          Problem.of(
              lines.getOrDefault(i.agency(), Location.file(intake.file())),
              null,
              COLUMN_OF_ATTRIBUTE.getOrDefault(i.attribute(), i.attribute()),
              "agency " + i.agency() + ": " + i.message(),
              i.value()));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  /** The agency of a record with {@code agency,name,tier} fields, or null with problems. */
  static Agency agency(FieldReader f) {
    String code = f.required("agency");
    String name = f.required("name");
    Tier tier = tier(f);
    Optional<LocalDate> from = f.date("valid_from");
    Optional<LocalDate> to = f.date("valid_to");
    Optional<String> parent = f.text("parent");
    List<String> successors = list(f.text("successors"));
    Optional<String> statistical = f.text("statistical_code");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      f.problem("valid_to", "is before valid_from (" + from.get() + ")", to.get().toString());
    }
    if (tier != null && tier.lastDay().isPresent()) {
      LocalDate last = tier.lastDay().get();
      String why = "a " + tier + " agency exists up to " + last + " at the latest: district government ended"
          + " with two-tier local government from " + Tier.TWO_TIERS_FROM + " (Luật 72/2025/QH15)";
      to.filter(d -> d.isAfter(last)).ifPresent(d -> f.problem("valid_to", why, d.toString()));
      from.filter(d -> d.isAfter(last)).ifPresent(d -> f.problem("valid_from", why, d.toString()));
    }
    if (code != null) {
      parent.filter(code::equals).ifPresent(p -> f.problem("parent", "is the agency itself", p));
      successors.stream().filter(code::equals).findFirst()
          .ifPresent(s -> f.problem("successors", "names the agency itself", s));
    }
    if (!successors.isEmpty() && to.isEmpty() && (tier == null || tier.lastDay().isEmpty())) {
      f.problem("successors", "an agency with successors has ended: give its valid_to", String.join(";", successors));
    }
    statistical.filter(s -> !s.matches("[0-9]+"))
        .ifPresent(s -> f.problem("statistical_code", "not a statistical code (digits)", s));
    if (!f.ok()) {
      return null;
    }
    var b = Agency.builder().code(code).name(name).tier(tier).validFrom(from).validTo(to).parent(parent)
        .addAllSuccessors(successors).statisticalCode(statistical).portalCode(f.text("portal_code"));
    b.addAllRoles(list(f.text("roles")));
    return b.build();
  }

  /** Values separated by {@code ;}, trimmed, blanks left out. */
  private static List<String> list(Optional<String> text) {
    List<String> out = new ArrayList<>();
    text.ifPresent(t -> {
      for (String v : t.split(";")) {
        if (!v.isBlank()) {
          out.add(v.trim());
        }
      }
    });
    return out;
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
