package io.github.motcua.kpi.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi report}: the periodic reports an office files; {@code kpi report bieu06}. */
@Command(
    mixinStandardHelpOptions = true,
    name = "report",
    description = "The periodic reports an office files: bieu06 (Biểu số 06/VPCP/KSTT of Thông tư 01/2020/TT-VPCP).",
    subcommands = {Bieu06Command.class})
final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a report: bieu06");
  }
}
