package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request that the applicant supplement the dossier (yêu cầu bổ sung hồ sơ): when it was made
 * ({@code NgayYeuCauBoSung}) and, once done, when the papers were supplied ({@code NgayBoSung}).
 * The clock of the dossier's deadline stops in between.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupplementRequest.class)
@JsonDeserialize(as = ImmutableSupplementRequest.class)
public abstract class SupplementRequest {
  SupplementRequest() {}

  /** When the request was made. */
  @Value.Parameter
  public abstract LocalDateTime requestedAt();

  /** When the applicant supplied the papers; empty while the request is pending. */
  @Value.Parameter
  public abstract Optional<LocalDateTime> suppliedAt();

  /** A request made at {@code requestedAt} and supplied at {@code suppliedAt}. */
  public static SupplementRequest supplied(LocalDateTime requestedAt, LocalDateTime suppliedAt) {
    return ImmutableSupplementRequest.of(requestedAt, Optional.of(suppliedAt));
  }

  /** A request made at {@code requestedAt}, still pending. */
  public static SupplementRequest pending(LocalDateTime requestedAt) {
    return ImmutableSupplementRequest.of(requestedAt, Optional.empty());
  }

  /** Whether the papers are still awaited. */
  @JsonIgnore
  public boolean isPending() {
    return suppliedAt().isEmpty();
  }

  /** The time the applicant took, for a supplied request; zero while pending. */
  public Duration waited() {
    return suppliedAt().map(s -> Duration.between(requestedAt(), s)).orElse(Duration.ZERO);
  }

  @Value.Check
  void check() {
    suppliedAt()
        .ifPresent(
            s ->
                checkArgument(
                    !s.isBefore(requestedAt()),
                    "supplement supplied at %s, before it was requested at %s",
                    s,
                    requestedAt()));
  }
}
