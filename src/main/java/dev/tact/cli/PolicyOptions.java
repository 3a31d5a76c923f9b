package dev.tact.cli;

import dev.tact.core.Policy;
import dev.tact.score.PolicyCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        if (file != null) {
            document = readFile(commandLine);
        } else {
            document = storedDocument.orElseGet(PolicyCodec::defaultDocument);
        }
        return PolicyCodec.read(document, preset);
    }

    private String readFile(picocli.CommandLine commandLine) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ParameterException(commandLine, "--policy: no such file: " + file);
        } catch (IOException e) {
            throw new ParameterException(commandLine, "--policy: cannot read " + file + ": " + e.getMessage());
        }
    }
}
