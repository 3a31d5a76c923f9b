package dev.tact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.CopyLine;
import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.score.DisclosureGuard;
import dev.tact.score.Ladder;
import dev.tact.score.Suggestion;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.lines.LineEditor;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.store.stats.Generalizations;
import dev.tact.store.lines.ReviewItemRepository;
import dev.tact.store.stats.StatLookup;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "suggest",
    description = {"Safer ways to say a line: the same idea said of a broader cohort from the stats lattice,",
        "each rewritten true to its count and scored again; without a stat, a text-only ladder."})
final class SuggestCommand implements Callable<Integer> {
    private static final String[] COLUMNS = {"rank", "text", "score", "band", "cohort_size", "stat_id", "dropped",
        "closes"};

    /** Either a stored line or a text. */
    static final class Source {
        @Option(names = "--line", paramLabel = "ID", description = "A line in the database.")
        String line;

        @Option(names = "--text", paramLabel = "TEXT", description = "A line of copy.")
        String text;
    }

    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policyOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--stat", paramLabel = "ID", description = "The stat a --text line cites.")
    private String statId;

    // No default: an explicitly empty --channel "" is a mistake to refuse, not the default floor.
    @Option(names = "--channel", paramLabel = "NAME", description = "Channel for a --text line.")
    private String channel;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or json.")
    private String format;

    @Option(names = "--accept", paramLabel = "RANK", description = {"Save suggestion RANK as the --line's new version"
        + " (back to pending, its origin recorded), as the desk's Accept does."})
    private Integer accept;

    @Override
    public Integer call() throws IOException {
        boolean needsDatabase = source.line != null || statId != null;
        Optional<Database> database = needsDatabase ? Optional.of(root.openExisting()) : root.chosenDatabase();
        Assessor assessor = new Assessor(policyOptions.resolve(root.storedPolicy(database), spec.commandLine()));
        if (channel != null && (channel.isBlank() || !assessor.policy().knowsChannel(channel))) {
            spec.commandLine().getErr().println("--channel: unknown channel \"" + channel + "\"; the policy knows "
                + assessor.policy().knownChannels() + ".");
            return 2;
        }
        if (accept != null && source.line == null) {
            throw new ParameterException(spec.commandLine(), "--accept saves a suggestion as a stored line's new"
                + " version: give the line with --line ID.");
        }
        try (CohortLookup lookup = database.map(db -> (CohortLookup) StatLookup.open(db)).orElse(CohortLookup.NONE)) {
            ReviewItem item = source.line != null ? new ReviewItemRepository(database.get()).find(source.line)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no line \"" + source.line + "\""))
                : null;
            String text = item != null ? item.line().text() : source.text;
            String onChannel = item != null ? item.line().channel() : channel == null ? "" : channel;
            List<Stat> cited = item != null ? item.cited() : statId == null ? List.of()
                : List.of(lookup.byId(statId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no stat \"" + statId + "\"")));
            Assessment original = assessor.assess(text, cited, lookup, onChannel);
            // A stored line is checked with its campaign and what is out; a --text line has no campaign.
            DisclosureGuard guard = item != null ? new CampaignDisclosure(database.get(), assessor)
                .guard(item.line().id()) : DisclosureGuard.NONE;
            List<Suggestion> suggestions = new Ladder(assessor).suggest(text, original,
                stat -> database.map(db -> Generalizations.of(db, stat)).orElse(List.of()), onChannel, guard);
            PrintWriter err = spec.commandLine().getErr();
            guard.findings().forEach(finding -> err.println(item.line().id() + ": " + finding.message(item.line().id())
                + (suggestions.isEmpty() ? "." : "; each suggestion leaves the line out of it.")));
            if (accept != null) {
                return accept(item, suggestions);
            }
            write(suggestions, spec.commandLine().getOut());
            if (suggestions.isEmpty()) {
                err.println(noSuggestion(guard.judged(original), !guard.findings().isEmpty()));
            } else {
                unbackedClaims(original).forEach(err::println);
            }
            return 0;
        }
    }

    private int accept(ReviewItem item, List<Suggestion> suggestions) {
        Optional<Suggestion> chosen = suggestions.stream().filter(suggestion -> suggestion.rank() == accept).findFirst();
        if (chosen.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--accept " + accept + ": " + (suggestions.isEmpty()
                ? "there is no suggestion for line " + item.line().id()
                : "line " + item.line().id() + " has suggestions 1 to " + suggestions.size()) + ".");
        }
        Suggestion suggestion = chosen.get();
        CopyLine line = item.line();
        try {
            new LineEditor(root.openExisting(), root.clock()).save(new LineEditor.Draft(line.id(), line.campaign(),
                line.channel(), line.author(), suggestion.text(), suggestion.stat().map(stat -> List.of(stat.id()))
                .orElse(List.of()), suggestion.origin()).basedOn(line.version()));
        } catch (ImportFailedException e) {
            throw new ParameterException(spec.commandLine(), "--accept " + accept + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("Saved suggestion " + suggestion.rank() + " as line " + line.id()
            + " version " + (line.version() + 1) + " (pending): " + suggestion.text());
        return 0;
    }

    private void write(List<Suggestion> suggestions, PrintWriter out) throws IOException {
        if (format.equalsIgnoreCase("json")) {
            try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (Suggestion suggestion : suggestions) {
                    json.writeStartObject();
                    json.writeNumberField("rank", suggestion.rank());
                    json.writeStringField("text", suggestion.text());
                    json.writeNumberField("score", suggestion.assessment().score());
                    json.writeStringField("band", suggestion.assessment().band().code());
                    json.writeObjectField("cohort_size", suggestion.assessment().cohort().map(BoundCohort::size)
                        .orElse(null));
                    json.writeStringField("stat_id", suggestion.stat().map(Stat::id).orElse(null));
                    json.writeStringField("dropped", String.join("; ", suggestion.dropped()));
                    json.writeStringField("closes", String.join(" ", suggestion.closes()));
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            out.println();
            return;
        }
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(COLUMNS).get());
        for (Suggestion suggestion : suggestions) {
            csv.printRecord(suggestion.rank(), suggestion.text(), suggestion.assessment().score(),
                suggestion.assessment().band().code(),
                suggestion.assessment().cohort().map(c -> Long.toString(c.size())).orElse(""),
                suggestion.stat().map(Stat::id).orElse(""), String.join("; ", suggestion.dropped()),
                String.join(" ", suggestion.closes()));
        }
        csv.flush();
    }

    private static String noSuggestion(Assessment original, boolean disclosed) {
        if (disclosed && original.language().code().equals("en")) {
            return "No wording found that leaves the line out of its differencing findings: leaving the number out,"
                + " or citing a broader stat, would.";
        }
        return noSuggestion(original);
    }

    private static String noSuggestion(Assessment original) {
        if (!original.language().covered()) {
            return "No suggestions: Tact did not assess this line (" + original.language().name()
                + " is not covered by the policy).";
        }
        if (!original.language().code().equals("en")) {
            return "No suggestions: safer rewrites are written in English only; this line reads as "
                + original.language().name() + ".";
        }
        List<String> claims = unbackedClaims(original);
        return "No safer wording found: the line already scores " + original.score() + " ("
            + original.band().code() + ")" + (claims.isEmpty() ? "." : "; " + String.join("; ", claims) + ".");
    }

    // The cited stat contradicting the text is the first thing a reviewer must hear.
    private static List<String> unbackedClaims(Assessment original) {
        return original.reasons().stream().filter(reason -> reason.startsWith("claim not backed")).toList();
    }
}
