package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directive report's HTML in a real browser: headless Chromium (Debian's package; .ci/run
 * installs it) loads the page with no error — the page's own marker ({@code data-loaded="1"},
 * {@code data-errors="0"} on the root element, set by its inline script from the window's error
 * events, which catch script errors and resources that fail to load) and no console message on
 * Chromium's log ({@code --enable-logging=stderr --v=0} prints each as {@code INFO:CONSOLE}) — its
 * text holds every agency and the verdicts, and screenshots at a phone's width (390 px) and at A4
 * landscape width (1123 px at 96 dpi) are not blank (dark text and the header's colour are drawn;
 * the pictures are kept in {@code target/chromium/}). Skipped, saying why, only where no Chromium is
 * installed.
 */
class ChromiumTest {
  private static final List<String> FLAGS =
      List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync");

  @TempDir static Path dir;
  private static Path page;
  private static DirectiveReport report;

  @BeforeAll
  static void writeThePage() throws IOException {
    report = DirectiveReport.evaluate(Fixtures.qt1501(), Fixtures.provinceInput());
    page = dir.resolve("report.html");
    try (OutputStream out = Files.newOutputStream(page)) {
      report.write(Format.HTML, Lang.VI, out);
    }
  }

  private static Optional<String> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
          return Optional.of(Path.of(d, name).toString());
        }
      }
    }
    return Optional.empty();
  }

  /** Runs Chromium on the page with {@code extra} flags; returns standard output and error. */
  private static String[] run(String... extra) throws IOException, InterruptedException {
    Optional<String> exe = chromium();
    assumeTrue(exe.isPresent(), "Chromium is not installed here (apt-get install -y chromium; .ci/run installs it"
        + " from Debian's packages): the HTML report's browser test is skipped");
    List<String> command = new ArrayList<>();
    command.add(exe.get());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Chromium ended within a minute");
    assertEquals(0, p.exitValue(), "Chromium's exit status; stderr: " + Files.readString(err));
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
  }

  @Test
  void thePageLoadsWithNoErrorAndItsTextHoldsEveryAgencyAndTheVerdicts() throws Exception {
    String[] result = run("--enable-logging=stderr", "--v=0", "--dump-dom");
    String dom = result[0];
    assertTrue(dom.contains("data-loaded=\"1\""), "the page's load marker: " + dom.substring(0, Math.min(300, dom.length())));
    assertTrue(dom.contains("data-errors=\"0\""), "no error event on the page");
    List<String> console = result[1].lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    assertEquals(List.of(), console, "console messages");
    for (RankedAgency a : report.agencies()) {
      assertTrue(dom.contains(a.name()), a.name());
    }
    for (String verdict : List.of("Đạt", "Không đạt", "Chấm điểm")) {
      assertTrue(dom.contains(verdict), verdict);
    }
  }

  @Test
  void screenshotsAtPhoneAndA4WidthAreNotBlank() throws Exception {
    for (int[] size : new int[][] {{390, 844}, {1123, 794}}) {
      Path shots = Files.createDirectories(Path.of("target", "chromium"));
      Path shot = shots.resolve("directive-report-" + size[0] + ".png").toAbsolutePath();
      run("--screenshot=" + shot, "--window-size=" + size[0] + "," + size[1], "--hide-scrollbars");
      BufferedImage image = ImageIO.read(shot.toFile());
      assertEquals(size[0], image.getWidth());
      int dark = 0;
      int coloured = 0;
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          int rgb = image.getRGB(x, y);
          int r = rgb >> 16 & 0xFF;
          int g = rgb >> 8 & 0xFF;
          int b = rgb & 0xFF;
          if (r + g + b < 200) {
            dark++;
          }
          if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 20) {
            coloured++;
          }
        }
      }
      int sampled = (image.getWidth() / 2) * (image.getHeight() / 2);
      assertTrue(dark > sampled / 200, size[0] + " px: text is drawn (" + dark + " dark pixels of " + sampled + ")");
      assertTrue(coloured > sampled / 500, size[0] + " px: the header's fill is drawn (" + coloured + " coloured pixels)");
    }
  }
}
