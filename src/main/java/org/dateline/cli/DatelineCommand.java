package org.dateline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code dateline} command line (DESIGN.md section 4). */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = DatelineVersion.class,
        description = "Turns news reports into linked data: RDF validated with SHACL, stored in TDB2, "
                + "served over SPARQL.",
        subcommands = {IngestCommand.class, ServeCommand.class, ConvertCommand.class, ValidateCommand.class,
                QueryCommand.class, EvaluateCommand.class, LoadCommand.class})
public final class DatelineCommand {

    private final PrintStream out;
    private final PrintStream err;

    private DatelineCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Shows the libraries' INFO lines (CoreNLP loading models, Fuseki's requests) and the stack trace
     * of an unexpected error. Inherited by every subcommand.
     */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the libraries' log lines (CoreNLP, Fuseki requests) and the stack trace of an unexpected error.")
    boolean verbose;

    public static void main(String[] args) {
        // slf4j-simple fixes a logger's level when the logger is made, which is before picocli has
        // parsed anything: --verbose is looked for here, and the option itself only documents it.
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(commandLine(out, err).execute(args));
    }

    /** The command line writing RDF, results and report lines to {@code out}, problems to {@code err}. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new DatelineCommand(out, err));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        DatelineCommand root = cli.getCommand();
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof UsageError) {
                err.println("dateline " + commandLine.getCommandName() + ": " + exception.getMessage());
                return commandLine.getCommandSpec().exitCodeOnInvalidInput();
            }
            // Whatever went wrong, the user gets one line; the trace is for --verbose and bug reports.
            err.println("dateline " + commandLine.getCommandName() + ": stopped: " + oneLine(exception)
                    + (root.verbose ? "" : " (--verbose shows where)"));
            if (root.verbose) {
                exception.printStackTrace(err);
            }
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        });
        return cli;
    }

    /** The exception's message and those of its causes that add something, on one line. */
    static String oneLine(Throwable exception) {
        StringBuilder line = new StringBuilder();
        String previous = "";
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (!previous.contains(message)) {
                line.append(line.length() == 0 ? "" : ": ").append(message);
            }
            previous = message;
        }
        return line.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }
}
