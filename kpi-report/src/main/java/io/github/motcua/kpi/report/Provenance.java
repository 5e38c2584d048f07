package io.github.motcua.kpi.report;

import io.github.motcua.kpi.eval.InputSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a report was computed from, in words: the files and the records read, accepted, rejected, the blank lines skipped. */
final class Provenance {
  private Provenance() {}

  /** The note naming the files and counts, if anything is known of them. */
  static List<String> notes(Lang lang, List<String> files, Optional<InputSummary> input) {
    List<String> out = new ArrayList<>();
    if (!files.isEmpty()) {
      out.add(lang.pick("Tính từ các tệp: ", "Computed from: ") + String.join(", ", files) + ".");
    }
    input.ifPresent(
        s -> {
          String counts =
              lang.pick(
                  "Bản ghi đọc " + lang.count(s.read()) + ", nhận " + lang.count(s.accepted()) + ", loại "
                      + lang.count(s.rejected()),
                  "Records read " + lang.count(s.read()) + ", accepted " + lang.count(s.accepted())
                      + ", rejected " + lang.count(s.rejected()));
          String derived =
              s.dueDatesDerived() == 0
                  ? ""
                  : lang.pick(
                      "; " + lang.count(s.dueDatesDerived()) + " hồ sơ không có hạn được tính hạn theo thời hạn giải quyết",
                      "; " + lang.count(s.dueDatesDerived()) + " due dates derived from processing times");
          String blank =
              s.blankLines() == 0
                  ? ""
                  : lang.pick(
                      "; bỏ qua " + lang.count(s.blankLines()) + " dòng trống",
                      "; blank lines skipped " + lang.count(s.blankLines()));
          out.add(counts + blank + derived + ".");
        });
    return out;
  }
}
