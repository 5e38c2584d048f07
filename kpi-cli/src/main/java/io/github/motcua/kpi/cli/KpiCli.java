package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.CalendarFileException;
import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.io.directive.DirectiveFileException;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.UnknownDirectiveException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code kpi} command: {@code demo}, {@code directives}, {@code rules} and {@code evaluate};
 * {@code calendar}, {@code lunar} and {@code due-date} for working days and due dates.
 *
 * <p>Exit status: 0 done; 1 a bug (a short message; the stack trace with {@code --debug}); 2 a
 * usage error (the message and the usage line); 65 bad input data (every problem, {@code FILE:LINE:
 * field 'NAME': what is wrong ('value')}), an unknown directive, a bad
 * directive file ({@code FILE:LINE: key: what is wrong}), unusable rule jars, a bad schedule
 * file and a bad date or number given to a calendar command included; 66 an input file that cannot
 * be read; 73 an output file that cannot be written. Messages name the file and say what is wrong
 * in words, never with a Java exception's class name (but for a bug). Output is UTF-8 whatever the
 * platform default.
 *
 * <p>{@code --rules-jar <file.jar>} (repeatable, before or after the command) adds the rule modules
 * of a jar of one's own to the built-in ones.
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
      ReportCommand.class,
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

  @Option(
      names = "--rules-jar",
      paramLabel = "<file.jar>",
      scope = ScopeType.INHERIT,
      description = "A jar of your own rule modules (registered in META-INF/services), beside the built-in ones;"
          + " repeat for more.")
  List<Path> rulesJars = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command with the directives found by {@link Directives#load()}. */
  public KpiCli() {
    this(Directives::load);
  }

  /** The command with another source of directives (tests). */
  public KpiCli(Supplier<Directives> directives) {
    this.directives = directives;
  }

  /** The directives the commands see: those given, or with {@code --rules-jar}, loaded with those jars. */
  Directives directives() {
    return rulesJars.isEmpty() ? directives.get() : RuleJars.load(rulesJars);
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "name a command: demo, directives, rules, evaluate, report, calendar, lunar or due-date");
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
    cl.setParameterExceptionHandler((ex, arguments) -> usageError(ex));
    return cl;
  }

  /** A usage error: the message, a suggestion for a mistyped option, and the usage line; not the whole help. */
  private static int usageError(ParameterException ex) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("kpi: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Usage: " + command.getHelp().abbreviatedSynopsis().trim()
        + "   (see '" + command.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return USAGE;
  }

  private static int handle(Exception ex, PrintWriter err, boolean debug) {
    if (ex instanceof BadInputException) {
      BadInputException bad = (BadInputException) ex;
      err.print(bad.describe(BadInputException.PRINT_LIMIT));
      err.println("kpi: " + bad.count() + (bad.count() == 1 ? " problem" : " problems")
          + " in the input; nothing evaluated (--skip-invalid evaluates the valid records)");
      return DATA;
    }
    if (ex instanceof DirectiveFileException) {
      DirectiveFileException bad = (DirectiveFileException) ex;
      bad.problems().forEach(err::println);
      err.println("kpi: " + bad.problems().size() + (bad.problems().size() == 1 ? " problem" : " problems")
          + " in the directive file; nothing evaluated");
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
      err.println("kpi: " + BuiltInDirectives.hint(((UnknownDirectiveException) ex).id()));
      return DATA;
    }
    if (ex instanceof RuleJars.BadRules) {
      err.println("kpi: " + ex.getMessage());
      return DATA;
    }
    if (ex instanceof InputFailure) {
      err.println("kpi: " + ex.getMessage());
      return NO_INPUT;
    }
    if (ex instanceof OutputFailure) {
      err.println("kpi: " + ex.getMessage());
      return CANNOT_CREATE;
    }
    if (ex instanceof java.io.IOException) {
      err.println("kpi: cannot read an input file: " + IoReason.of((java.io.IOException) ex));
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
