package dev.tact.cli;

import dev.tact.store.db.DatabaseLocation;
import dev.tact.score.PolicyException;
import dev.tact.store.db.StoreException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: builds the root command and turns failures into sentences and exit codes. */
public final class TactCli {
    private static final int FAILED = 1;
    /** Exit status when another program holds the database's write lock past the busy timeout. */
    static final int BUSY = 3;
    /** Exit status when the disk holding the database (or an output file) is full. */
    static final int DISK_FULL = 4;
    /** The team server could not be reached; nothing was written, what was recorded before stays. */
    static final int UNREACHABLE = 5;

    private TactCli() {
    }

    // Asked for only when something is logged: starting logback (and its XML configuration) costs
    // a command that succeeds about a third of its start-up (src/site/decisions/0011-where-the-time-goes.md).
    private static Logger log() {
        return LoggerFactory.getLogger(TactCli.class);
    }

    /** A ready command line with every subcommand, also used by tests with their own streams. */
    public static CommandLine commandLine(Clock clock, DatabaseLocation location, String user) {
        return commandLine(new TactCommand(clock, location, user), TactCommand.SUBCOMMANDS);
    }

    /**
     * A ready command line for these arguments: with only the subcommand they name, if they name one
     * (see {@link Subcommands}), else with all; it answers the arguments as the full one does.
     */
    public static CommandLine commandLine(Clock clock, DatabaseLocation location, String user, String... args) {
        return commandLine(new TactCommand(clock, location, user, BundledPolicy.readAheadFor(args)),
            Subcommands.forArguments(args, TactCommand.SUBCOMMANDS, TactCommand.SUBCOMMAND_NAMES));
    }

    private static CommandLine commandLine(TactCommand root, java.util.List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(root);
        // Before the settings below, which picocli passes on only to the subcommands it already has.
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(TactCli::executeCheckingOutput);
        // Bad usage is one sentence and where to look, not the whole help screen under it.
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine where = e.getCommandLine();
            where.getErr().println("tact: " + e.getMessage());
            where.getErr().println("Run '" + where.getCommandSpec().qualifiedName() + " --help' for the options.");
            return where.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (StoreException.isBusy(e)) {
                log().warn("database busy", e);
                cl.getErr().println("tact: another program is writing to this database; try again when it is done"
                    + " (nothing was changed).");
                return BUSY;
            }
            if (StoreException.isUnreachable(e)) {
                log().warn("server unreachable", e);
                cl.getErr().println("tact: " + e.getMessage());
                return UNREACHABLE;
            }
            if (StoreException.isDiskFull(e)) {
                log().warn("disk full", e);
                cl.getErr().println("tact: the disk is full: nothing was changed. Free some space on the disk that"
                    + " holds the database (or the output file) and run the command again.");
                return DISK_FULL;
            }
            if (e instanceof StoreException || e instanceof PolicyException || e instanceof MissingDatabaseException
                || e instanceof PassphraseException || e instanceof dev.tact.core.DecisionRefusedException) {
                log().warn("command failed", e);
                cl.getErr().println("tact: " + e.getMessage());
                return ImportRunner.BAD_INPUT;
            }
            if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
                log().warn("command failed", e);
                cl.getErr().println("tact: " + e.getMessage());
                return ImportRunner.BAD_INPUT;
            }
            log().error("unexpected failure", e);
            cl.getErr().println("tact: unexpected error: " + e + " (details in the log)");
            return FAILED;
        });
        return commandLine;
    }

    // A print writer swallows write errors: a report sent to a full disk would end "successfully"
    // with exit 0. After the command, the output is flushed and asked whether it all went out.
    private static int executeCheckingOutput(CommandLine.ParseResult parsed) {
        CommandLine commandLine = parsed.commandSpec().commandLine();
        java.io.PrintWriter original = commandLine.getOut();
        // A command may close what it writes to (a JSON generator closes its target); the check
        // below must still see the output's own state, so commands get a writer that only flushes.
        java.io.PrintWriter kept = new java.io.PrintWriter(original, true) {
            @Override
            public void close() {
                flush();
            }
        };
        commandLine.setOut(kept);
        try {
            int status = new CommandLine.RunLast().execute(parsed);
            boolean failed = kept.checkError() | original.checkError();
            return failed ? outputFailed(commandLine, status) : status;
        } finally {
            commandLine.setOut(original);
        }
    }

    private static int outputFailed(CommandLine commandLine, int status) {
        log().warn("standard output could not be written (exit status was {})", status);
        commandLine.getErr().println("tact: the output could not be written in full: the disk that receives it is"
            + " full, or the program reading it stopped early (a closed pipe). Free some space, or read the whole"
            + " output, and run the command again.");
        return DISK_FULL;
    }

    private static java.nio.charset.Charset stdoutCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return name == null ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return java.nio.charset.Charset.defaultCharset();
        }
    }

    public static int run(String... args) {
        String user = Optional.ofNullable(System.getenv("TACT_USER")).filter(name -> !name.isBlank())
            .orElse(System.getProperty("user.name", "unknown"));
        CommandLine commandLine = commandLine(new SystemZoneClock(), DatabaseLocation.ofThisProcess(), user, args);
        try {
            // Not over System.out: a print stream keeps write errors to itself, and a report sent to a
            // full disk must not end with exit 0.
            commandLine.setOut(new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), stdoutCharset())), true));
            int status = commandLine.execute(args);
            commandLine.getOut().flush();
            return status;
        } catch (RuntimeException | Error e) {
            // picocli hands back only Exceptions; anything else still gets a sentence, not a trace.
            log().error("unexpected failure", e);
            commandLine.getErr().println("tact: unexpected error: " + e + " (details in the log)");
            return FAILED;
        }
    }
}
