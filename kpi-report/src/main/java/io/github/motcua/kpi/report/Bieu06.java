package io.github.motcua.kpi.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.render.Renderers;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Biểu số 06/VPCP/KSTT of Thông tư 01/2020/TT-VPCP (21/10/2020) — «Tình hình, kết quả giải quyết
 * TTHC tại cơ quan, đơn vị trực tiếp giải quyết TTHC» — for one period as of one date, counted from
 * dossiers: a row per agency and field (lĩnh vực), an agency's total over its fields (field
 * {@code *}), and the whole ({@code *}, {@code *}); agencies grouped by tier. Unit: số hồ sơ TTHC.
 *
 * <pre>{@code
 * Bieu06 form = Bieu06.count(Period.quarter(2026, 1), LocalDate.of(2026, 3, 31), catalogue, agencies, dossiers);
 * form.write(Format.XLSX, Lang.VI, out);
 * }</pre>
 *
 * <p>The columns and their readings are {@link Bieu06Counters}'. The four checks of the form hold on
 * every row and every total ({@link #violations()} is empty), which a property test keeps.
 *
 * <p>JSON ({@link #toJson()}): {@code period}, {@code asOf}, {@code reportingUnit}, {@code
 * recipient}, {@code files}, {@code input}, {@code readings}, {@code rows[]} with {@code agency},
 * {@code name}, {@code tier}, {@code field} and the columns' keys ({@link Bieu06Column#key()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBieu06.class)
@JsonPropertyOrder({"period", "asOf", "reportingUnit", "recipient", "files", "input", "readings", "rows"})
public abstract class Bieu06 {
  Bieu06() {}

  /** The period reported on. */
  public abstract Period period();

  /** The date the figures are taken at (the period's end, or earlier). */
  public abstract LocalDate asOf();

  /** The reporting unit (đơn vị báo cáo), if named. */
  public abstract Optional<String> reportingUnit();

  /** The unit reported to (đơn vị nhận báo cáo), if named. */
  public abstract Optional<String> recipient();

  /** The files the form was computed from. */
  public abstract List<String> files();

  /** How many records were read, accepted and rejected, when the caller says. */
  public abstract Optional<InputSummary> input();

  /** The readings taken, printed on the form's notes. */
  @Value.Default
  public List<String> readings() {
    return Bieu06Counters.READINGS;
  }

  /** The agencies, in the order given: the form lists them so, tier by tier. */
  @JsonIgnore
  public abstract List<Agency> agencies();

  /**
   * The rows: per agency its fields with any dossier, then its total (field {@code *}); last the
   * whole ({@code *}, {@code *}).
   */
  public abstract List<Bieu06Row> rows();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Bieu06} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableBieu06.Builder {}

  /**
   * Counts the form from dossiers: the counters of {@link Bieu06Counters} for the catalogue's fields,
   * under each dossier's receiving agency, deadlines by date.
   *
   * @throws IllegalArgumentException as {@link #of}
   */
  public static Bieu06 count(
      Period period, LocalDate asOf, ProcedureCatalogue catalogue, List<Agency> agencies, Iterable<Dossier> dossiers) {
    ProvinceTally tallies =
        Tallies.of(period, asOf, catalogue)
            .counting(Bieu06Counters.counters(catalogue.fields()))
            .agencies(agencies)
            .dossiers(dossiers);
    return of(period, asOf, agencies, catalogue.fields(), tallies);
  }

  /**
   * The form from tallies that counted {@link Bieu06Counters#counters(java.util.Collection)} for
   * {@code fields}.
   *
   * @throws IllegalArgumentException if a tally names an agency not listed, or the counters are not
   *     reported because the dossiers do not carry a fact the form reads (national status,
   *     processing end, due date)
   */
  public static Bieu06 of(
      Period period, LocalDate asOf, List<Agency> agencies, List<String> fields, ProvinceTally tallies) {
    Set<String> codes = new HashSet<>();
    agencies.forEach(a -> checkArgument(codes.add(a.code()), "duplicate agency code %s", a.code()));
    for (String code : tallies.byAgency().keySet()) {
      checkArgument(codes.contains(code), "tally for unknown agency %s", code);
    }
    List<Bieu06Row> rows = new ArrayList<>();
    Bieu06Figures whole = Bieu06Figures.zero();
    for (Agency a : agencies) {
      Tally t = tallies.get(a.code());
      for (String field : fields) {
        Bieu06Figures f = figures(t, field, a);
        if (!f.isZero()) {
          rows.add(Bieu06Row.of(a.code(), a.name(), Optional.of(a.tier()), field, f));
        }
      }
      Bieu06Figures total = figures(t, null, a);
      rows.add(Bieu06Row.of(a.code(), a.name(), Optional.of(a.tier()), Bieu06Row.ALL, total));
      whole = whole.plus(total);
    }
    rows.add(Bieu06Row.of(Bieu06Row.ALL, "Tổng cộng", Optional.empty(), Bieu06Row.ALL, whole));
    return builder().period(period).asOf(asOf).agencies(agencies).rows(rows).build();
  }

  private static Bieu06Figures figures(Tally t, String field, Agency a) {
    if (t.isEmpty()) {
      return Bieu06Figures.zero();
    }
    Map<Bieu06Column, Long> values = new EnumMap<>(Bieu06Column.class);
    for (Bieu06Column c : Bieu06Column.values()) {
      OptionalLong v =
          t.value(field == null ? Bieu06Counters.counter(c) : Bieu06Counters.counter(c, field));
      checkArgument(
          v.isPresent(),
          "Biểu 06 cannot be made for %s: column (%s) %s is not reported, so the dossiers do not carry"
              + " every fact the form reads (the national status TrangThaiHoSo / status, the end of"
              + " processing NgayKetThucXuLy / finished, the due date NgayHenTra / due)",
          a.code(),
          c.number(),
          c.key());
      values.put(c, v.getAsLong());
    }
    return Bieu06Figures.of(values);
  }

  /** The whole's row ({@code *}, {@code *}). */
  @JsonIgnore
  public Bieu06Row whole() {
    return rows().get(rows().size() - 1);
  }

  /** The agency's total row (field {@code *}), if the agency is on the form. */
  public Optional<Bieu06Row> total(String agency) {
    return rows().stream().filter(r -> r.agency().equals(agency) && r.isTotal()).findFirst();
  }

  /** The agency's field rows, in the catalogue's order of fields. */
  public List<Bieu06Row> fieldRows(String agency) {
    return rows().stream().filter(r -> r.agency().equals(agency) && !r.isTotal()).toList();
  }

  /** The sum of the totals of the agencies of {@code tier}. */
  public Bieu06Figures tierTotal(Tier tier) {
    Bieu06Figures sum = Bieu06Figures.zero();
    for (Bieu06Row r : rows()) {
      if (r.isTotal() && r.tier().equals(Optional.of(tier))) {
        sum = sum.plus(r.figures());
      }
    }
    return sum;
  }

  /** The tiers with an agency on the form, in order. */
  @JsonIgnore
  public List<Tier> tiers() {
    return agencies().stream().map(Agency::tier).distinct().sorted().toList();
  }

  /**
   * The form's checks broken, row by row and in the totals (each agency's fields adding up to its
   * total, the tiers' and agencies' totals to the whole), in words; empty when all hold.
   */
  public List<String> violations() {
    List<String> out = new ArrayList<>();
    for (Bieu06Row r : rows()) {
      for (String v : r.figures().violations()) {
        out.add(r.agency() + " / " + r.field() + ": " + v);
      }
    }
    for (Agency a : agencies()) {
      Bieu06Figures sum = fieldRows(a.code()).stream().map(Bieu06Row::figures).reduce(Bieu06Figures.zero(), Bieu06Figures::plus);
      Bieu06Figures total = total(a.code()).orElseThrow().figures();
      if (!sum.equals(total)) {
        out.add(a.code() + ": the fields add up to " + sum + ", the total is " + total);
      }
    }
    Bieu06Figures tiers = tiers().stream().map(this::tierTotal).reduce(Bieu06Figures.zero(), Bieu06Figures::plus);
    if (!tiers.equals(whole().figures())) {
      out.add("the tiers add up to " + tiers + ", the whole is " + whole().figures());
    }
    return out;
  }

  /**
   * The form for one agency: its rows, its total as the whole.
   *
   * @throws IllegalArgumentException if the agency is not on the form
   */
  public Bieu06 forAgency(String code) {
    Agency agency =
        agencies().stream()
            .filter(a -> a.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("agency " + code + " is not on the form"));
    List<Bieu06Row> rows = new ArrayList<>(fieldRows(code));
    Bieu06Row total = total(code).orElseThrow();
    rows.add(total);
    rows.add(Bieu06Row.of(Bieu06Row.ALL, "Tổng cộng", Optional.empty(), Bieu06Row.ALL, total.figures()));
    return Bieu06.builder().from(this).agencies(java.util.List.of(agency)).rows(rows).reportingUnit(
        reportingUnit().or(() -> Optional.of(agency.name()))).build();
  }

  /** The form as JSON (stable English keys). */
  public String toJson() {
    return KpiJson.write(this);
  }

  /**
   * The form as CSV: {@code agency,field,received_total,…,in_progress_overdue}, a row per agency and
   * field, a row per agency with field {@code *}, and one row {@code *,*} for the whole (RFC 4180,
   * UTF-8 with a byte order mark written by {@link #write}).
   */
  public String toCsv() {
    return Bieu06Layout.csv(this);
  }

  /**
   * Writes the form in {@code format}: the official layout in {@code lang} for a workbook, HTML or a
   * text table; stable English keys for CSV (with a byte order mark) and JSON.
   */
  public void write(Format format, Lang lang, OutputStream out) throws IOException {
    switch (format) {
      case CSV:
        Renderers.csv(toCsv(), out);
        break;
      case JSON:
        out.write((toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        break;
      default:
        Renderers.write(format, Bieu06Layout.document(this, lang), out);
    }
  }
}
