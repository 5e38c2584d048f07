package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
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
 * procedures each agency offers.
 *
 * <p>An agency handles the procedures it is declared to {@linkplain Builder#offer offer} plus any
 * procedure it received a dossier for. <b>Reading:</b> where no offerings are declared, "procedures
 * the agency handles" ({@code procedures_total}) are those with at least one dossier touching the
 * period; declare offerings to count procedures that had no dossier, as QN-07's 1,534/1,795 does.
 */
public final class ProcedureCatalogue {
  private final ImmutableList<Procedure> procedures;
  private final ImmutableMap<String, Integer> indexByCode;
  private final ImmutableList<String> fields;
  private final int[] fieldIndex;
  private final ImmutableSetMultimap<String, String> offerings;
  private volatile CatalogueIndex index;

  private ProcedureCatalogue(List<Procedure> procedures, ImmutableSetMultimap<String, String> offerings) {
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
    for (Map.Entry<String, String> e : offerings.entries()) {
      checkArgument(
          index.containsKey(e.getValue()),
          "agency %s offers procedure %s, which is not in the catalogue",
          e.getKey(),
          e.getValue());
    }
    this.offerings = offerings;
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
    return offerings.get(agencyCode);
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
    private final ImmutableSetMultimap.Builder<String, String> offerings =
        ImmutableSetMultimap.builder();

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

    /** Declares that {@code agencyCode} offers the procedure {@code procedureCode}. */
    public Builder offer(String agencyCode, String procedureCode) {
      offerings.put(agencyCode, procedureCode);
      return this;
    }

    /**
     * The catalogue.
     *
     * @throws IllegalArgumentException on a duplicate procedure code or an offering of a procedure
     *     not in the catalogue
     */
    public ProcedureCatalogue build() {
      return new ProcedureCatalogue(procedures, offerings.build());
    }
  }
}
