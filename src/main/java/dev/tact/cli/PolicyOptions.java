package dev.tact.cli;

import dev.tact.core.Policy;
import dev.tact.score.PolicyCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --policy FILE} and {@code --preset NAME}, shared by the commands that assess lines. */
final class PolicyOptions {
    @Option(names = "--policy", paramLabel = "FILE",
        description = "A policy document (JSON). Default: the database's active policy, else the bundled one.")
    Path file;

    @Option(names = "--preset", paramLabel = "NAME",
        description = "A preset of the policy: platform-floor (default), strict or official-statistics.")
    String preset;

    /** The policy from --policy if given, else the stored one if any, else the bundled default. */
    Policy resolve(Optional<String> storedDocument, picocli.CommandLine commandLine) {
        String document;
        if (file == null && storedDocument.isEmpty() && preset == null) {
            return bundled(commandLine);
        }
        if (file == null) {
            return PolicyCodec.read(storedDocument.orElseGet(PolicyCodec::defaultDocument), preset);
        }
        document = readFile(commandLine);
        try {
            return PolicyCodec.read(document, preset);
        } catch (dev.tact.score.PolicyException e) {
            throw new dev.tact.score.PolicyException(file + ": " + e.getMessage(), e);
        }
    }

    // The bundled policy the run's root command may have started reading ahead.
    private static Policy bundled(picocli.CommandLine commandLine) {
        picocli.CommandLine top = commandLine;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getCommand() instanceof TactCommand root ? root.bundledPolicy() : PolicyCodec.defaults();
    }

    private String readFile(picocli.CommandLine commandLine) {
        try {
            return dev.tact.score.PolicyText.decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new ParameterException(commandLine, "--policy: no such file: " + file);
        } catch (IOException e) {
            throw new ParameterException(commandLine, "--policy: cannot read " + file + ": " + e.getMessage());
        }
    }
}
