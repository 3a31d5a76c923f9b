package dev.tact.cli;

import dev.tact.core.Signatures;
import dev.tact.store.trail.KeyFiles;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "keys", description = "Your reviewer key: an Ed25519 key pair in your configuration directory.",
    subcommands = {KeysCommand.Init.class, KeysCommand.Show.class})
final class KeysCommand implements Runnable {
    @ParentCommand
    TactCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", description = {"Make your key pair, the private key encrypted with a passphrase (at least"
        + " 8 characters), asked twice on the console.", "An admin then enrols its public key: tact reviewers add."})
    static final class Init implements Callable<Integer> {
        @ParentCommand
        private KeysCommand keys;

        @Mixin
        private PassphraseOptions passphrase;

        @Override
        public Integer call() {
            char[] first = passphrase.readNew("Passphrase for your new key: ");
            try {
                PublicKey key = KeyFiles.create(keys.root.configDirectory(), first);
                keys.spec.commandLine().getOut().printf("Made your key in %s%nFingerprint: %s%nPublic key: %s%n",
                    keys.root.configDirectory(), Signatures.fingerprint(key), Signatures.encode(key));
                return 0;
            } finally {
                Arrays.fill(first, '\0');
            }
        }
    }

    @Command(name = "show", description = "Print your public key and its fingerprint.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private KeysCommand keys;

        @Override
        public Integer call() {
            PublicKey key = KeyFiles.publicKey(keys.root.configDirectory());
            keys.spec.commandLine().getOut().printf("Fingerprint: %s%nPublic key: %s%n", Signatures.fingerprint(key),
                Signatures.encode(key));
            return 0;
        }
    }
}
