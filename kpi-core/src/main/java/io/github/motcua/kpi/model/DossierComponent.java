package io.github.motcua.kpi.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One component (thành phần hồ sơ, a paper or file) of a dossier, with the flags of the sync
 * format that the digitisation indicators read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossierComponent.class)
@JsonDeserialize(as = ImmutableDossierComponent.class)
public abstract class DossierComponent {
  DossierComponent() {}

  /** Whether the component was digitised or reused from digitised data ({@code DuocSoHoa}). */
  @Value.Default
  public boolean digitised() {
    return false;
  }

  /** Whether it was taken from the citizen's personal data store ({@code DuocLayTuKhoDMQG}). */
  @Value.Default
  public boolean fromPersonalStore() {
    return false;
  }

  /** The code of the national database it was taken from ({@code MaCSDL}), if any. */
  public abstract Optional<String> databaseCode();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DossierComponent} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableDossierComponent.Builder {}
}
