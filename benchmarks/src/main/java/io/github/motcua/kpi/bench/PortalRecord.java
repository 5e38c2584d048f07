package io.github.motcua.kpi.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.FeeLine;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.StatusChange;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One sync record bound by {@code ObjectMapper}, as users write it, and its {@link Dossier}: every
 * fact the library's reader reads, without its checks (the baseline a user writes in an afternoon).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PortalRecord {
  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  @JsonProperty("MaHoSo") public String id;
  @JsonProperty("MaTTHC") public String procedure;
  @JsonProperty("DonViXuLy") public String agency;
  @JsonProperty("DonViGiaiQuyet") public String settling;
  @JsonProperty("KenhThucHien") public Integer channel;
  @JsonProperty("NgayNopHoSo") public String submitted;
  @JsonProperty("NgayTiepNhan") public String received;
  @JsonProperty("NgayHenTra") public String due;
  @JsonProperty("NgayKetThucXuLy") public String finished;
  @JsonProperty("NgayTra") public String returned;
  @JsonProperty("TrangThaiHoSo") public Integer status;
  @JsonProperty("QuaTrinhXuLy") public List<Map<String, Object>> history;
  @JsonProperty("DanhSachHoSoBoSung") public List<Map<String, String>> supplements;
  @JsonProperty("HinhThuc") public Integer resultForm;
  @JsonProperty("HoSoCoThanhPhanSoHoa") public Integer digitised;
  @JsonProperty("DuocThanhToanTrucTuyen") public Integer paidOnline;
  @JsonProperty("DanhSachLePhi") public List<Map<String, Object>> fees;
  @JsonProperty("TaiLieuNop") public List<Map<String, Object>> components;
  @JsonProperty("MaKetQua") public String resultCode;
  @JsonProperty("DuongDanTepTinKetQua") public String resultLink;
  @JsonProperty("TaiKhoanDuocXacThucVoiVNeID") public Integer vneid;
  @JsonProperty("TrangThaiDongBoDVC") public Integer synced;
  @JsonProperty("DanhGia") public Integer rating;

  private static Optional<LocalDateTime> time(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(text, PORTAL));
  }

  private static boolean one(Object flag) {
    return flag != null && flag.toString().equals("1");
  }

  /** The dossier, its level the procedure's (the sync format carries none). */
  public Dossier toDossier(ProcedureCatalogue catalogue) {
    Dossier.Builder b =
        Dossier.builder()
            .id(id)
            .procedureCode(procedure)
            .agencyCode(agency)
            .settlingAgencyCode(Optional.ofNullable(settling))
            .level(catalogue.find(procedure).orElseThrow(() -> new IllegalArgumentException("unknown procedure " + procedure)).level())
            .channel(channel == SyncData.VNEID ? Channel.VNEID : Channel.ofNationalCode(channel))
            .submittedAt(time(submitted))
            .receivedAt(LocalDateTime.parse(received, PORTAL))
            .dueAt(time(due))
            .finishedAt(time(finished))
            .returnedAt(time(returned))
            .nationalStatus(status == null ? OptionalInt.empty() : OptionalInt.of(status))
            .resultByPost(resultForm != null && resultForm == 1)
            .digitised(digitised != null && digitised == 1)
            .payment(paidOnline == null ? Payment.NONE : Payment.ofCode(paidOnline))
            .resultCode(Optional.ofNullable(resultCode))
            .resultLink(Optional.ofNullable(resultLink))
            .vneidAccount(vneid != null && vneid == 1)
            .synced(synced != null && synced == 1)
            .rating(rating == null || rating == 0 ? Optional.empty() : Optional.of(rating == 1 ? Rating.SATISFIED : Rating.DISSATISFIED))
            .unknownFacts(Set.of(Fact.APOLOGY));
    if (history != null) {
      for (Map<String, Object> h : history) {
        b.addStatusHistory(StatusChange.of(((Number) h.get("TrangThai")).intValue(), time((String) h.get("ThoiDiemXuLy")).orElseThrow()));
      }
    }
    if (supplements != null) {
      for (Map<String, String> s : supplements) {
        LocalDateTime asked = time(s.get("NgayYeuCauBoSung")).orElseThrow();
        b.addSupplements(time(s.get("NgayBoSung")).map(t -> SupplementRequest.supplied(asked, t)).orElseGet(() -> SupplementRequest.pending(asked)));
      }
    }
    if (fees != null) {
      for (Map<String, Object> f : fees) {
        b.addFeeLines(FeeLine.of(((Number) f.get("Gia")).longValue()));
      }
    }
    if (components != null) {
      for (Map<String, Object> c : components) {
        b.addComponents(DossierComponent.builder().digitised(one(c.get("DuocSoHoa"))).fromPersonalStore(one(c.get("DuocLayTuKhoDMQG")))
            .databaseCode(Optional.ofNullable((String) c.get("MaCSDL"))).build());
      }
    }
    return b.build();
  }
}
