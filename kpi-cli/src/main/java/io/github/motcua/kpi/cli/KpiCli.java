package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.CalendarFileException;
import io.github.motcua.kpi.cli.input.BadInputException;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.UnknownDirectiveException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code kpi} command: {@code demo}, {@code directives}, {@code rules} and {@code evaluate};
 * {@code calendar}, {@code lunar} and {@code due-date} for working days and due dates.
 *
 * <p>Exit status: 0 done; 1 a bug (a short message; the stack trace with {@code --debug}); 2 a
 * usage error (with the usage line); 65 bad input data (every problem, {@code FILE:LINE: field
 * 'NAME': what is wrong ('value')}), an unknown directive, a bad schedule file and a bad date or
 * number given to a calendar command included; 66 an input file that cannot be
 * opened; 73 an output file that cannot be written. Output is UTF-8 whatever the platform default.
 */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    versionProvider = KpiCli.Version.class,
    description = "Evaluates the targets Vietnamese provinces set for their one-stop shops (một cửa).",
    subcommands = {
      DemoCommand.class,
      DirectivesCommand.class,
      RulesCommand.class,
      EvaluateCommand.class,
      CalendarCommand.class,
      LunarCommand.class,
      DueDateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KpiCli implements Callable<Integer> {
  /** Exit status: done. */
  public static final int OK = 0;
  /** Exit status: a bug in kpi. */
  public static final int BUG = 1;
  /** Exit status: the command line is wrong. */
  public static final int USAGE = 2;
  /** Exit status: the input data is wrong (EX_DATAERR). */
  public static final int DATA = 65;
  /** Exit status: an input file cannot be opened (EX_NOINPUT). */
  public static final int NO_INPUT = 66;
  /** Exit status: an output file cannot be written (EX_CANTCREAT). */
  public static final int CANNOT_CREATE = 73;

  private final Supplier<Directives> directives;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected error.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command with the directives found by {@link Directives#load()}. */
  public KpiCli() {
    this(Directives::load);
  }

  /** The command with another source of directives (tests). */
  public KpiCli(Supplier<Directives> directives) {
    this.directives = directives;
  }

  /** The directives the commands see. */
  Directives directives() {
    return directives.get();
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("kpi: name a command (demo, directives, rules, evaluate, calendar, lunar, due-date)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Runs {@code kpi} with {@code args} and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(Directives::load, args, System.out, System.err));
  }

  /**
   * Runs {@code kpi} in-process: output to {@code out}, messages to {@code err}, both UTF-8.
   *
   * @return the exit status
   */
  public static int run(Supplier<Directives> directives, String[] args, OutputStream out, OutputStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(directives, o, e, Arrays.asList(args).contains("--debug")).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** The picocli command line, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(
      Supplier<Directives> directives, PrintWriter out, PrintWriter err, boolean debug) {
    CommandLine cl = new CommandLine(new KpiCli(directives));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> handle(ex, commandLine.getErr(), debug));
    return cl;
  }

  private static int handle(Exception ex, PrintWriter err, boolean debug) {
    if (ex instanceof BadInputException) {
      BadInputException bad = (BadInputException) ex;
      err.print(bad.describe(BadInputException.PRINT_LIMIT));
      err.println("kpi: " + bad.problems().size() + (bad.problems().size() == 1 ? " problem" : " problems")
          + " in the input; nothing evaluated (--skip-invalid evaluates the valid records)");
      return DATA;
    }
    if (ex instanceof CalendarFileException) {
      CalendarFileException bad = (CalendarFileException) ex;
      bad.problems().forEach(err::println);
      err.println("kpi: " + bad.problems().size() + (bad.problems().size() == 1 ? " problem" : " problems")
          + " in the calendar file; nothing computed");
      return DATA;
    }
    if (ex instanceof BadValue) {
      err.println("kpi: " + ex.getMessage());
      return DATA;
    }
    if (ex instanceof UnknownDirectiveException) {
      err.println("kpi: " + ex.getMessage());
      return DATA;
    }
    if (ex instanceof NoSuchFileException) {
      err.println("kpi: cannot open " + ex.getMessage() + ": no such file");
      return NO_INPUT;
    }
    if (ex instanceof OutputFailure) {
      err.println("kpi: " + ex.getMessage());
      return CANNOT_CREATE;
    }
    if (ex instanceof java.io.IOException) {
      err.println("kpi: cannot read input: " + ex.getMessage());
      return NO_INPUT;
    }
    err.println("kpi: internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)"));
    if (debug) {
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    return BUG;
  }

  /** The version from the jar's manifest, if packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = KpiCli.class.getPackage().getImplementationVersion();
      return new String[] {"kpi " + (v == null ? "(development build)" : v)};
    }
  }
}
