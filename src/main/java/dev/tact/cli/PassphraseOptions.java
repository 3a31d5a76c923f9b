package dev.tact.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the passphrase of the reviewer's key comes from: the console, or for unattended runs a
 * file descriptor or a file; never an argument, which other users can read from the process list.
 */
final class PassphraseOptions {
    @Option(names = "--passphrase-fd", paramLabel = "N",
        description = "Read the key's passphrase from file descriptor N (CI: `3<secret`). Default: ask on the console.")
    private Integer descriptor;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
        description = "Read the key's passphrase from the first line of FILE (keep it mode 0600).")
    private Path file;

    /**
     * @param prompt what the console asks
     * @throws PassphraseException with a sentence when there is nowhere to read it from
     */
    char[] read(String prompt) {
        try {
            if (descriptor != null) {
                return firstLine(Path.of("/dev/fd/" + descriptor), "file descriptor " + descriptor);
            }
            if (file != null) {
                return firstLine(file, file.toString());
            }
        } catch (IOException e) {
            throw new PassphraseException("could not read the passphrase: " + e.getMessage(), e);
        }
        Console console = System.console();
        if (console == null) {
            throw new PassphraseException("there is no console to ask for your key's passphrase: pass"
                + " --passphrase-fd N or --passphrase-file FILE", null);
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw new PassphraseException("no passphrase was given", null);
        }
        return typed;
    }

    /** A new key's passphrase: on the console it is asked twice and must match. */
    char[] readNew(String prompt) {
        boolean console = descriptor == null && file == null;
        char[] first = read(prompt);
        if (!console) {
            return first;
        }
        char[] again = read("The same passphrase again: ");
        boolean same = java.util.Arrays.equals(first, again);
        java.util.Arrays.fill(again, '\0');
        if (!same) {
            java.util.Arrays.fill(first, '\0');
            throw new PassphraseException("the two passphrases differ; nothing was made", null);
        }
        return first;
    }

    /**
     * Reads the passphrase and unlocks the reviewer's key with it; the passphrase is wiped.
     *
     * @throws dev.tact.store.trail.WrongPassphraseException when it does not unlock the key
     */
    dev.tact.core.Signer unlock(Path configDirectory, String prompt) {
        char[] secret = read(prompt);
        try {
            return dev.tact.store.trail.KeyFiles.unlock(configDirectory, secret);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    private static char[] firstLine(Path path, String what) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new PassphraseException("no passphrase in " + what, null);
            }
            return line.toCharArray();
        }
    }
}
