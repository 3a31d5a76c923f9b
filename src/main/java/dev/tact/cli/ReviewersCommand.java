package dev.tact.cli;

import dev.tact.core.ReviewerEntry;
import dev.tact.core.Role;
import dev.tact.core.Signatures;
import dev.tact.core.Signer;
import dev.tact.store.trail.KeyFiles;
import dev.tact.store.trail.ReviewerRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reviewers", description = {"The database's reviewer registry: who may sign, with which roles.",
    "Changes are signed by an admin; the first reviewer enrols themself as admin (trust on first use)."},
    subcommands = {ReviewersCommand.ListReviewers.class, ReviewersCommand.Add.class, ReviewersCommand.Revoke.class})
final class ReviewersCommand implements Runnable {
    @ParentCommand
    TactCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Signer unlock(PassphraseOptions passphrase) {
        return passphrase.unlock(root.configDirectory(), "Passphrase for your key: ");
    }

    @Command(name = "list", description = "List the reviewers: name, roles, fingerprint, who enrolled them.")
    static final class ListReviewers implements Callable<Integer> {
        @ParentCommand
        private ReviewersCommand reviewers;

        @Override
        public Integer call() {
            PrintWriter out = reviewers.spec.commandLine().getOut();
            List<ReviewerRegistry.Reviewer> all = new ReviewerRegistry(reviewers.root.openForReading(),
                reviewers.root.clock()).reviewers();
            if (all.isEmpty()) {
                out.println("No reviewers yet. The first one runs: tact keys init, then tact reviewers add --name"
                    + " NAME --display \"Full Name\" --roles admin,brand --self");
            }
            for (ReviewerRegistry.Reviewer reviewer : all) {
                out.printf("%-16s %-24s %-18s %s enrolled %s by %s%s%n", reviewer.name(), reviewer.displayName(),
                    reviewer.rolesText(), Signatures.shortFingerprint(reviewer.fingerprint()), reviewer.enrolledAt(),
                    Signatures.shortFingerprint(reviewer.enrolledBy()), reviewer.revoked() ? " (revoked)" : "");
            }
            return 0;
        }
    }

    @Command(name = "add", description = {"Enrol a reviewer's public key with roles (writer, brand, legal, admin),"
        + " signed with your admin key.", "--self enrols your own key: the first reviewer of a database does this."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private ReviewersCommand reviewers;

        @Mixin
        private PassphraseOptions passphrase;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Login-like name, e.g. rita.legal.")
        private String name;

        @Option(names = "--display", required = true, paramLabel = "TEXT",
            description = "The printed name shown with each signature.")
        private String display;

        @Option(names = "--roles", required = true, paramLabel = "ROLES", split = ",",
            description = "Comma-separated: writer, brand, legal, admin.")
        private List<String> roles;

        @Option(names = "--key", paramLabel = "FILE", description = "The reviewer's signing.pub (or the Base64 text).")
        private String key;

        @Option(names = "--self", description = "Enrol your own key.")
        private boolean self;

        @Override
        public Integer call() throws java.io.IOException {
            if (self == (key != null)) {
                throw new picocli.CommandLine.ParameterException(reviewers.spec.commandLine(),
                    "give exactly one of --key FILE and --self");
            }
            Set<Role> parsed;
            try {
                parsed = roles.stream().map(Role::fromCode).collect(Collectors.toSet());
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(reviewers.spec.commandLine(), "--roles: " + e.getMessage());
            }
            PublicKey enrolled = self ? KeyFiles.publicKey(reviewers.root.configDirectory()) : readKey(key);
            Signer admin = reviewers.unlock(passphrase);
            ReviewerEntry entry = new ReviewerRegistry(reviewers.root.openExisting(), reviewers.root.clock())
                .enrol(admin, name, display, parsed, enrolled);
            reviewers.spec.commandLine().getOut().printf("Enrolled %s (%s) as %s, key %s, signed by %s.%s%n",
                entry.name(), entry.displayName(), entry.rolesText(), entry.fingerprint(),
                Signatures.shortFingerprint(entry.by()), entry.id() == 1
                    ? " This is the database's first admin: compare the fingerprint with theirs (trust on first use)."
                    : "");
            return 0;
        }

        private PublicKey readKey(String given) throws java.io.IOException {
            Path path = Path.of(given);
            String text = Files.isRegularFile(path) ? Files.readString(path) : given;
            try {
                return Signatures.decodePublicKey(text);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(reviewers.spec.commandLine(), "--key: " + given
                    + " is " + e.getMessage());
            }
        }
    }

    @Command(name = "revoke", description = "Revoke a reviewer's key (signed by you, an admin); their past decisions"
        + " stay verifiable.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        private ReviewersCommand reviewers;

        @Mixin
        private PassphraseOptions passphrase;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The reviewer to revoke.")
        private String name;

        @Override
        public Integer call() {
            Signer admin = reviewers.unlock(passphrase);
            ReviewerEntry entry = new ReviewerRegistry(reviewers.root.openExisting(), reviewers.root.clock())
                .revoke(admin, name);
            reviewers.spec.commandLine().getOut().printf("Revoked %s's key %s.%n", entry.name(),
                Signatures.shortFingerprint(entry.fingerprint()));
            return 0;
        }
    }
}
