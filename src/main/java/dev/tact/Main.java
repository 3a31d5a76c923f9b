package dev.tact;

import dev.tact.cli.TactCli;
import dev.tact.ui.TactApp;

/**
 * Entry point. Without arguments it opens the review desk; with a command it runs the CLI and
 * never starts the JavaFX toolkit. A plain class, not an {@code Application}, so the same jar
 * runs from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        java.util.Optional<String[]> desk = deskArguments(args);
        if (desk.isPresent()) {
            TactApp.launchDesk(desk.get());
        } else {
            System.exit(TactCli.run(args));
        }
    }

    /**
     * The desk's named parameters when the arguments are only the desk's options ({@code --db PATH},
     * {@code --db=PATH}, {@code --no-demo}); empty when they hold a command (or anything else), which
     * goes to the CLI.
     */
    static java.util.Optional<String[]> deskArguments(String[] args) {
        java.util.List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                named.add("--db=" + args[++i]);
            } else if (args[i].startsWith("--db=") && args[i].length() > "--db=".length()) {
                named.add(args[i]);
            } else if (args[i].equals("--no-demo")) {
                named.add("--no-demo=true");
            } else {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(named.toArray(String[]::new));
    }
}
