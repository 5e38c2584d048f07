package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.cli.KpiCli;
import io.github.motcua.kpi.rules.Directives;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The single-machine path: {@code kpi} run in-process, and the example job beside it. */
final class Kpi {
  /** What a run left: exit status, standard output, standard error. */
  record Result(int status, String out, String err) {
    @Override
    public String toString() {
      return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Kpi() {}

  /** {@code kpi ARGS}, as the command line runs. */
  static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = KpiCli.run(Directives::load, args, out, err);
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The example job with {@code args}, in the tests' Spark session. */
  static Result job(String... args) {
    LocalSpark.session();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = TallyJob.run(args, out, err);
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The repository's examples directory (tests run in kpi-spark/). */
  static Path examples(String name) {
    return Path.of("..", "examples", name);
  }
}
