package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import io.github.motcua.kpi.model.Procedure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The procedure catalogue (danh mục thủ tục hành chính) a tally is computed against, and which
 * procedures each agency offers, how ({@link Offering}: level, fee, legal processing time, paper
 * result — each overriding the catalogue's default for that agency).
 *
 * <p>An agency handles the procedures it is declared to {@linkplain Builder#offer offer} plus any
 * procedure it received a dossier for. <b>Reading:</b> where no offerings are declared for an
 * agency, "procedures the agency handles" ({@code procedures_total}) are those with at least one
 * dossier touching the period, so procedure ratios divide by the procedures that happened to have
 * dossiers; declare offerings to count procedures that had none, as QN-07's 1,534/1,795 does.
 */
public final class ProcedureCatalogue {
  private final ImmutableList<Procedure> procedures;
  private final ImmutableMap<String, Integer> indexByCode;
  private final ImmutableList<String> fields;
  private final int[] fieldIndex;
  private final ImmutableListMultimap<String, Offering> offerings;
  private volatile CatalogueIndex index;

  private ProcedureCatalogue(List<Procedure> procedures, List<Offering> offeringList) {
    this.procedures = ImmutableList.copyOf(procedures);
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, Integer> fieldIdx = new LinkedHashMap<>();
    this.fieldIndex = new int[procedures.size()];
    for (int i = 0; i < procedures.size(); i++) {
      Procedure p = procedures.get(i);
      Integer previous = index.putIfAbsent(p.code(), i);
      checkArgument(previous == null, "duplicate procedure code %s in the catalogue", p.code());
      fieldIndex[i] = fieldIdx.computeIfAbsent(p.field(), f -> fieldIdx.size());
    }
    this.indexByCode = ImmutableMap.copyOf(index);
    this.fields = ImmutableList.copyOf(fieldIdx.keySet());
    Map<String, Offering> seen = new LinkedHashMap<>();
    ImmutableListMultimap.Builder<String, Offering> byAgency = ImmutableListMultimap.builder();
    for (Offering o : offeringList) {
      checkArgument(
          index.containsKey(o.procedureCode()),
          "agency %s offers procedure %s, which is not in the catalogue",
          o.agencyCode(),
          o.procedureCode());
      Offering before = seen.putIfAbsent(o.agencyCode() + "\u0000" + o.procedureCode(), o);
      checkArgument(
          before == null || before.equals(o),
          "agency %s offers procedure %s twice, differently (%s and %s)",
          o.agencyCode(),
          o.procedureCode(),
          before,
          o);
      if (before == null) {
        byAgency.put(o.agencyCode(), o);
      }
    }
    this.offerings = byAgency.build();
  }

  /** A catalogue of {@code procedures}, no offerings declared. */
  public static ProcedureCatalogue of(Iterable<Procedure> procedures) {
    return builder().addAll(procedures).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The procedures, in the order given. */
  public List<Procedure> procedures() {
    return procedures;
  }

  /** The procedure with this code, if any. */
  public Optional<Procedure> find(String code) {
    Integer i = indexByCode.get(code);
    return i == null ? Optional.empty() : Optional.of(procedures.get(i));
  }

  /** The procedure's position, or null: {@link #indexOf} without an {@code OptionalInt} per call. */
  Integer positionOf(String code) {
    return indexByCode.get(code);
  }

  /** The procedure's position in {@link #procedures()}, if it is in the catalogue. */
  public OptionalInt indexOf(String code) {
    Integer i = indexByCode.get(code);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The number of procedures. */
  public int size() {
    return procedures.size();
  }

  /** The distinct fields (lĩnh vực), in order of first appearance. */
  public List<String> fields() {
    return fields;
  }

  /** The position in {@link #fields()} of the field of the procedure at {@code procedureIndex}. */
  public int fieldIndexOf(int procedureIndex) {
    return fieldIndex[procedureIndex];
  }

  /** The procedure codes {@code agencyCode} is declared to offer (empty if none declared). */
  public Set<String> offeredBy(String agencyCode) {
    return offerings.get(agencyCode).stream()
        .map(Offering::procedureCode)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** How {@code agencyCode} offers its procedures, in the order declared (empty if none declared). */
  public List<Offering> offeringsOf(String agencyCode) {
    return offerings.get(agencyCode);
  }

  /**
   * The procedure {@code code} as {@code agencyCode} offers it: the catalogue's, with the agency's
   * overrides where it declared an offering; empty if the code is not in the catalogue.
   */
  public Optional<Procedure> procedureFor(String agencyCode, String code) {
    Optional<Procedure> p = find(code);
    if (p.isEmpty()) {
      return p;
    }
    for (Offering o : offerings.get(agencyCode)) {
      if (o.procedureCode().equals(code)) {
        return Optional.of(o.applyTo(p.get()));
      }
    }
    return p;
  }

  /** The agencies with declared offerings. */
  public Set<String> agenciesWithOfferings() {
    return offerings.keySet();
  }

  /** The procedures ranked by code, for building tallies (made once, on first use). */
  CatalogueIndex index() {
    CatalogueIndex i = index;
    if (i == null) {
      i = new CatalogueIndex(this);
      index = i;
    }
    return i;
  }

  /** Builds a catalogue; duplicate procedure codes and offerings of unknown procedures fail. */
  public static final class Builder {
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<Offering> offerings = new ArrayList<>();

    private Builder() {}

    /** Adds a procedure. */
    public Builder add(Procedure procedure) {
      procedures.add(procedure);
      return this;
    }

    /** Adds procedures. */
    public Builder addAll(Iterable<Procedure> all) {
      all.forEach(procedures::add);
      return this;
    }

    /** Declares that {@code agencyCode} offers the procedure {@code procedureCode} as catalogued. */
    public Builder offer(String agencyCode, String procedureCode) {
      return offer(Offering.of(agencyCode, procedureCode));
    }

    /** Declares how an agency offers a procedure. */
    public Builder offer(Offering offering) {
      offerings.add(offering);
      return this;
    }

    /**
     * The catalogue.
     *
     * @throws IllegalArgumentException on a duplicate procedure code, an offering of a procedure not
     *     in the catalogue, or one agency offering a procedure twice, differently
     */
    public ProcedureCatalogue build() {
      return new ProcedureCatalogue(procedures, offerings);
    }
  }
}
