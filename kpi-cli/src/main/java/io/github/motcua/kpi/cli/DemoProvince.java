package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo's provincial departments and their dossiers, generated from a fixed seed so every run
 * prints the same table: six departments (sở), each with its own share of online submissions,
 * receiving dossiers for level-3 and level-4 procedures over the period. Invented figures, for the
 * demo only.
 */
final class DemoProvince {
  /** The seed: the same dossiers on every run. */
  static final long SEED = 1501L;

  private static final String[][] DEPARTMENTS = {
    {"QT-S01", "Sở Tư pháp", "0.45"},
    {"QT-S02", "Sở Kế hoạch và Đầu tư", "0.30"},
    {"QT-S03", "Sở Tài nguyên và Môi trường", "0.16"},
    {"QT-S04", "Sở Giao thông vận tải", "0.12"},
    {"QT-S05", "Sở Y tế", "0.06"},
    {"QT-S06", "Sở Công Thương, Chi cục Quản lý thị trường", "0.02"},
  };

  private final ProcedureCatalogue catalogue =
      ProcedureCatalogue.of(
          List.of(
              procedure("1.001", "Cấp phiếu lý lịch tư pháp", "Lý lịch tư pháp", ServiceLevel.LEVEL_4),
              procedure("1.002", "Đăng ký thành lập doanh nghiệp", "Thành lập doanh nghiệp", ServiceLevel.LEVEL_4),
              procedure("1.003", "Cấp giấy phép môi trường", "Môi trường", ServiceLevel.LEVEL_3),
              procedure("1.004", "Đổi giấy phép lái xe", "Đường bộ", ServiceLevel.LEVEL_3),
              procedure("1.005", "Cấp chứng chỉ hành nghề khám chữa bệnh", "Khám chữa bệnh", ServiceLevel.LEVEL_3),
              procedure("1.006", "Cấp giấy phép bán lẻ rượu", "Lưu thông hàng hóa", ServiceLevel.LEVEL_3)));

  private final List<Agency> agencies = new ArrayList<>();
  private final List<Dossier> dossiers = new ArrayList<>();

  DemoProvince(Period period) {
    SplittableRandom random = new SplittableRandom(SEED);
    int days = (int) (period.end().toEpochDay() - period.start().toEpochDay()) + 1;
    for (int i = 0; i < DEPARTMENTS.length; i++) {
      String[] d = DEPARTMENTS[i];
      agencies.add(Agency.of(d[0], d[1], Tier.PROVINCIAL));
      double online = Double.parseDouble(d[2]);
      Procedure procedure = catalogue.procedures().get(i);
      int count = 40 + random.nextInt(160);
      for (int k = 0; k < count; k++) {
        LocalDateTime received = period.start().plusDays(random.nextInt(days)).atTime(7 + random.nextInt(10), 0);
        double u = random.nextDouble();
        Channel channel = u < online ? Channel.ONLINE : u < online + 0.03 ? Channel.POSTAL : Channel.DIRECT;
        dossiers.add(
            Dossier.builder()
                .id(String.format("%s-%04d", d[0], k + 1))
                .procedureCode(procedure.code())
                .agencyCode(d[0])
                .level(procedure.level())
                .channel(channel)
                .receivedAt(received)
                .dueAt(received.plusDays(5 + random.nextInt(10)))
                .finishedAt(received.plusDays(1 + random.nextInt(14)))
                .build());
      }
    }
  }

  ProcedureCatalogue catalogue() {
    return catalogue;
  }

  List<Agency> agencies() {
    return agencies;
  }

  List<Dossier> dossiers() {
    return dossiers;
  }

  private static Procedure procedure(String code, String name, String field, ServiceLevel level) {
    return Procedure.builder().code(code).name(name).field(field).level(level).build();
  }
}
