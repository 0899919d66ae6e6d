package org.dateline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command line (DESIGN.md section 4). */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = DatelineVersion.class,
        description = "Turns news reports into linked data: RDF validated with SHACL, stored in TDB2, "
                + "served over SPARQL.",
        subcommands = {IngestCommand.class, ServeCommand.class, ConvertCommand.class, ValidateCommand.class,
                QueryCommand.class, EvaluateCommand.class})
public final class DatelineCommand {

    private final PrintStream out;
    private final PrintStream err;

    private DatelineCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(commandLine(out, err).execute(args));
    }

    /** The command line writing RDF, results and report lines to {@code out}, problems to {@code err}. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new DatelineCommand(out, err));
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof UsageError) {
                err.println("dateline " + commandLine.getCommandName() + ": " + exception.getMessage());
                return commandLine.getCommandSpec().exitCodeOnInvalidInput();
            }
            throw exception;
        });
        return cli;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }
}
