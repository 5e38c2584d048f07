package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agency (cơ quan, đơn vị, địa phương): a unit that receives and settles dossiers and is judged
 * by a directive.
 *
 * <p>{@link #roles()} names functions some rules single out, such as the provincial public
 * administration service centre ({@code "hcc-centre"}) or the Department of Information and
 * Communications; a rule with a role applies only to agencies that hold it.
 *
 * <p><b>Agencies change.</b> An agency is an effective-dated record: it exists from {@link
 * #validFrom()} to {@link #validTo()} (either may be open), belongs to a {@link #parent()} (the
 * province for a department or, since 1 Jul 2025, a commune; before it, a district for a commune),
 * and when it ends its work passes to its {@link #successors()} (one when merged, several when
 * split). It carries both code systems where known: the statistical code of administrative units
 * ({@link #statisticalCode()}, Quyết định 19/2025/QĐ-TTg from 1 Jul 2025) and the electronic
 * identifier of the national portal ({@link #portalCode()}, e.g. {@code 000.00.18.H50}). A
 * statistical code can be reused under a new name after the reform, so history is joined on the
 * code <em>and</em> the validity, never on the bare code.
 *
 * <p>Validation: code and name are not blank; {@code validTo} is not before {@code validFrom}; an
 * agency of tier {@link Tier#DISTRICT} neither begins nor ends after 30 Jun 2025 ({@link
 * Tier#lastDay()}); the parent and the successors are not the agency itself; an agency with
 * successors has ended (it has a last day); a statistical code is digits.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgency.class)
@JsonDeserialize(as = ImmutableAgency.class)
public abstract class Agency {
  Agency() {}

  private static final DateTimeFormatter OFFICIAL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The agency's code, unique within one evaluation (e.g. {@code QT-D03}). */
  @Value.Parameter
  public abstract String code();

  /** The agency's name as printed in reports (e.g. {@code UBND huyện Gio Linh}). */
  @Value.Parameter
  public abstract String name();

  /** The tier the agency belongs to. */
  @Value.Parameter
  public abstract Tier tier();

  /** Roles the agency holds, for rules addressed to a role rather than a tier. */
  public abstract Set<String> roles();

  /** The first day the agency exists (hiệu lực từ); empty: as far back as the data goes. */
  public abstract Optional<LocalDate> validFrom();

  /**
   * The last day the agency exists, included (hiệu lực đến); empty: it goes on, but for a {@link
   * Tier#DISTRICT district}, which ends on 30 Jun 2025 whatever it says (see {@link #lastDay()}).
   */
  public abstract Optional<LocalDate> validTo();

  /** The code of the agency this one belongs to (đơn vị cấp trên); empty for the root of a tree. */
  public abstract Optional<String> parent();

  /**
   * The codes of the agencies that took over its work when it ended (đơn vị kế thừa): one when it
   * was merged, several when it was split. Empty when none is known.
   */
  public abstract List<String> successors();

  /**
   * The statistical code of the administrative unit (mã đơn vị hành chính: 2 digits for a province,
   * 5 for a commune; Quyết định 19/2025/QĐ-TTg from 1 Jul 2025), where the agency is the committee
   * of one: {@code 44} for the province of Quảng Trị since 1 Jul 2025 (Quảng Bình's before).
   */
  public abstract Optional<String> statisticalCode();

  /**
   * The electronic identifier the national portal and its sync format use (mã định danh điện tử,
   * Quyết định 20/2020/QĐ-TTg), e.g. {@code 000.00.18.H50}.
   */
  public abstract Optional<String> portalCode();

  /** An agency with no roles. */
  public static Agency of(String code, String name, Tier tier) {
    return ImmutableAgency.of(code, name, tier);
  }

  /** A builder, for agencies with roles, dates, a parent, successors or codes. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Agency} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableAgency.Builder {}

  /** Whether the agency holds {@code role}. */
  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  /**
   * The last day the agency exists: {@link #validTo()}, else the last day of its tier (30 Jun 2025
   * for a district); empty while it goes on.
   */
  public Optional<LocalDate> lastDay() {
    return validTo().or(() -> tier().lastDay());
  }

  /** The days the agency exists, both ends included where there are ends. */
  public Range<LocalDate> validity() {
    Optional<LocalDate> last = lastDay();
    if (validFrom().isPresent()) {
      return last.isPresent()
          ? Range.closed(validFrom().get(), last.get())
          : Range.atLeast(validFrom().get());
    }
    return last.isPresent() ? Range.atMost(last.get()) : Range.all();
  }

  /** Whether the agency exists on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return validity().contains(day);
  }

  /** Whether the agency exists on at least one day of {@code period}. */
  public boolean isValidDuring(Period period) {
    return validity().isConnected(Range.closed(period.start(), period.end()));
  }

  /** Whether the agency exists on every day of {@code period}. */
  public boolean isValidThroughout(Period period) {
    return validity().encloses(Range.closed(period.start(), period.end()));
  }

  /** The validity in words, {@code dd/MM/yyyy–dd/MM/yyyy}, with "…" for an open end. */
  public String validityText() {
    return validFrom().map(OFFICIAL::format).orElse("…")
        + "–"
        + lastDay().map(OFFICIAL::format).orElse("…");
  }

  @Value.Check
  void check() {
    checkArgument(!code().isBlank(), "agency code is blank (name '%s')", name());
    checkArgument(!name().isBlank(), "agency name is blank (code '%s')", code());
    for (String role : roles()) {
      checkArgument(!role.isBlank(), "agency %s has a blank role", code());
    }
    if (validFrom().isPresent() && validTo().isPresent()) {
      checkArgument(
          !validTo().get().isBefore(validFrom().get()),
          "agency %s: valid to %s is before valid from %s",
          code(),
          validTo().get(),
          validFrom().get());
    }
    Optional<LocalDate> tierEnd = tier().lastDay();
    if (tierEnd.isPresent()) {
      validTo()
          .ifPresent(
              to ->
                  checkArgument(
                      !to.isAfter(tierEnd.get()),
                      "agency %s: a %s agency valid to %s, but the %s tier ended on %s"
                          + " (two-tier local government from %s)",
                      code(),
                      tier(),
                      to,
                      tier(),
                      tierEnd.get(),
                      Tier.TWO_TIERS_FROM));
      validFrom()
          .ifPresent(
              from ->
                  checkArgument(
                      !from.isAfter(tierEnd.get()),
                      "agency %s: a %s agency valid from %s, but the %s tier ended on %s"
                          + " (two-tier local government from %s)",
                      code(),
                      tier(),
                      from,
                      tier(),
                      tierEnd.get(),
                      Tier.TWO_TIERS_FROM));
    }
    parent()
        .ifPresent(
            p -> {
              checkArgument(!p.isBlank(), "agency %s: blank parent code", code());
              checkArgument(!p.equals(code()), "agency %s names itself as its parent", code());
            });
    for (String s : successors()) {
      checkArgument(!s.isBlank(), "agency %s: blank successor code", code());
      checkArgument(!s.equals(code()), "agency %s names itself as its successor", code());
    }
    checkArgument(
        successors().size() == successors().stream().distinct().count(),
        "agency %s names a successor twice: %s",
        code(),
        successors());
    checkArgument(
        successors().isEmpty() || lastDay().isPresent(),
        "agency %s names successors %s but no last day (valid to)",
        code(),
        successors());
    statisticalCode()
        .ifPresent(
            s ->
                checkArgument(
                    s.matches("[0-9]+"),
                    "agency %s: statistical code '%s' is not digits",
                    code(),
                    s));
    portalCode()
        .ifPresent(
            s ->
                checkArgument(
                    !s.isBlank() && s.equals(s.strip()) && !s.contains(" "),
                    "agency %s: portal code '%s' is blank or has spaces",
                    code(),
                    s));
  }
}
