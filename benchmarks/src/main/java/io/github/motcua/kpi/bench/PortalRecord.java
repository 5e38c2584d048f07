package io.github.motcua.kpi.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.ImmutableDossier;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One sync record bound by {@code ObjectMapper}, as users write it, and its {@link Dossier}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PortalRecord {
  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  @JsonProperty("MaHoSo") public String id;
  @JsonProperty("MaTTHC") public String procedure;
  @JsonProperty("DonViXuLy") public String agency;
  @JsonProperty("KenhThucHien") public Integer channel;
  @JsonProperty("NgayTiepNhan") public String received;
  @JsonProperty("NgayHenTra") public String due;
  @JsonProperty("NgayKetThucXuLy") public String finished;
  @JsonProperty("NgayTra") public String returned;
  @JsonProperty("TrangThaiHoSo") public Integer status;
  @JsonProperty("HinhThuc") public Integer resultForm;
  @JsonProperty("HoSoCoThanhPhanSoHoa") public Integer digitised;
  @JsonProperty("DuocThanhToanTrucTuyen") public Integer paidOnline;
  @JsonProperty("DanhSachLePhi") public List<Map<String, Object>> fees;

  private static Optional<LocalDateTime> time(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(text, PORTAL));
  }

  /** The dossier, its level the procedure's (the sync format carries none). */
  /** The facts a record of these fields does not carry (no apology field in the sync format). */
  private static final java.util.Set<Fact> NOT_IN_RECORD =
      java.util.EnumSet.of(
          Fact.APOLOGY, Fact.ELECTRONIC_RESULT, Fact.COMPONENT_DIGITISED, Fact.PERSONAL_STORE,
          Fact.NATIONAL_DATABASE, Fact.VNEID_ACCOUNT, Fact.SYNCED, Fact.RATING, Fact.SUPPLEMENTS);

  public Dossier toDossier(ProcedureCatalogue catalogue) {
    boolean fee = fees != null && !fees.isEmpty();
    return ImmutableDossier.builder()
        .id(id)
        .procedureCode(procedure)
        .agencyCode(agency)
        .level(catalogue.find(procedure).orElseThrow(() -> new IllegalArgumentException("unknown procedure " + procedure)).level())
        .channel(Channel.ofNationalCode(channel))
        .receivedAt(LocalDateTime.parse(received, PORTAL))
        .dueAt(time(due))
        .finishedAt(time(finished))
        .returnedAt(time(returned))
        .nationalStatus(status == null ? OptionalInt.empty() : OptionalInt.of(status))
        .resultByPost(resultForm != null && resultForm == 1)
        .digitised(digitised != null && digitised == 1)
        .feeBearing(fee)
        .payment(paidOnline == null ? Payment.NONE : Payment.ofCode(paidOnline))
        .unknownFacts(NOT_IN_RECORD)
        .build();
  }
}
