package io.github.ilacs.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ilacs} command line: {@code timeline}, {@code validate}, {@code forecast},
 * {@code compare}, {@code plan} and {@code read}.
 *
 * <p>Exit status: 0 on success, 1 when {@code validate} finds an ERROR or {@code plan} a plan
 * rule of severity ERROR broken, 2 for a usage error or an input that cannot be used (missing
 * file, device or pipe, too large, bad JSON, bad CSV), reported in one line, 3 when standard
 * output cannot be written. Arguments starting with {@code @} are file names, never picocli's
 * argument files.
 */
@Command(name = "ilacs", mixinStandardHelpOptions = true,
    versionProvider = IlacsCommand.Version.class,
    description = "Ofsted inspections of local authority children's services: timelines, "
        + "validation, forecasts, comparisons and improvement plans.",
    subcommands = {TimelineCommand.class, ValidateCommand.class, ForecastCommand.class,
        CompareCommand.class, BriefingCommand.class, OverviewCommand.class,
        PlanCommand.class, ReadCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ilacs timeline --as-of 2026-06-01",
        "  ilacs validate history.json outcomes.csv",
        "  ilacs forecast --as-of \"1 June 2026\" --out forecast.csv",
        "  ilacs compare Nottinghamshire",
        "  ilacs briefing 891 --out notts.html",
        "  ilacs overview --out all.html",
        "  ilacs plan plan.json --as-of 2020-07-01"})
public final class IlacsCommand implements Runnable {
  /** Exit status for input that cannot be used. */
  static final int BAD_INPUT = 2;

  /** Exit status when standard output cannot be written (a full disk, a closed pipe). */
  static final int CANNOT_WRITE = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli fills in its options. */
  public IlacsCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /**
   * Builds the command line with its error handling: a usage error prints the message and the
   * usage, an input problem one line, both on standard error with exit status 2.
   *
   * @param out where normal output goes, not null
   * @param err where errors go, not null
   * @return the configured command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new IlacsCommand());
    cli.registerConverter(java.time.LocalDate.class, new Dates());
    // "@file" would print the file's words in errors and read a device or pipe unbounded
    cli.setExpandAtFiles(false);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine command = e.getCommandLine();
      PrintWriter commandErr = command.getErr();
      commandErr.println("ilacs: " + e.getMessage());
      if (e.getCause() instanceof CommandLine.TypeConversionException) {
        // a value in the wrong form: the one line says which forms are accepted
        commandErr.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
      }
      CommandLine.UnmatchedArgumentException.printSuggestions(e, commandErr);
      command.usage(commandErr);
      commandErr.flush();
      return command.getCommandSpec().exitCodeOnInvalidInput();
    });
    cli.setExecutionExceptionHandler((e, line, parseResult) -> {
      if (e instanceof UserError) {
        line.getErr().println("ilacs: " + Printing.escape(e.getMessage()));
        line.getErr().flush();
        return BAD_INPUT;
      }
      throw e;
    });
    return cli;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // writers on the file descriptors themselves: System.out swallows write errors, these
    // record them for checkError()
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line on the given writers and returns its exit status, {@value
   * #CANNOT_WRITE} with one line on {@code err} when {@code out} could not be written.
   *
   * @param args the arguments
   * @param out where normal output goes, not null
   * @param err where errors go, not null
   * @return the exit status
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    int status = commandLine(out, err).execute(args);
    if (out.checkError()) {
      err.println("ilacs: cannot write standard output");
      status = CANNOT_WRITE;
    }
    err.flush();
    return status;
  }

  /** The version of ilacs this command line was built as, written into it by the build. */
  static String version() {
    try (java.io.InputStream in = IlacsCommand.class.getResourceAsStream("version.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** Reports the version of ilacs the command line was built as. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ilacs " + version()};
    }
  }
}
