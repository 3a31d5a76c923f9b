package dev.tact.store.release;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.score.Assessor;
import dev.tact.score.DisclosureCheck;
import dev.tact.score.DisclosureFinding;
import dev.tact.score.DisclosureGuard;
import dev.tact.score.LineRequest;
import dev.tact.score.ReleasedFigure;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.stats.StatLookup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a campaign's lines reveal together with what is already out (issue 14): the one place the
 * desk, {@code tact check}, {@code tact score} and the sign-off report get differencing findings
 * from. What is out: every approved line of any campaign citing a stat from a source the lines under
 * review speak of, and every published line version ({@link ReleasedLines}). A line with a finding is
 * {@code high} ({@link DisclosureCheck#withFindings}); a line without one keeps its assessment as is.
 */
public final class CampaignDisclosure {
    private final Database database;
    private final Assessor assessor;
    private final boolean matching;

    /**
     * A line under review after the check.
     *
     * @param lineId     its id
     * @param text       its text at the current version
     * @param assessment its assessment, {@code high} when it has a finding
     * @param findings   the findings it is in
     */
    public record Checked(String lineId, String text, Assessment assessment, List<DisclosureFinding> findings) {
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    /** A campaign checked: its lines in import order and every finding, each once. */
    public record Result(String campaign, List<Checked> lines, List<DisclosureFinding> findings) {
        public Result {
            lines = List.copyOf(lines);
            findings = List.copyOf(findings);
        }

        /** The findings one line is in. */
        public List<DisclosureFinding> findingsFor(String lineId) {
            return DisclosureCheck.involving(findings, lineId);
        }
    }

    /** Lines bound as the desk and {@code tact score} bind them: cited stats, else stats matched by their numbers. */
    public CampaignDisclosure(Database database, Assessor assessor) {
        this(database, assessor, true);
    }

    private CampaignDisclosure(Database database, Assessor assessor, boolean matching) {
        this.database = database;
        this.assessor = assessor;
        this.matching = matching;
    }

    /**
     * Lines bound to the stats they cite only, as the sign-off report assesses them; it never writes,
     * so it works on a database opened for reading.
     */
    public static CampaignDisclosure citedOnly(Database database, Assessor assessor) {
        return new CampaignDisclosure(database, assessor, false);
    }

    /** @throws StoreException when there is no campaign by this name, or the database cannot be read */
    public Result check(String campaign) {
        try (Connection connection = database.connect(); CohortLookup lookup = lookup()) {
            List<ReleasedLines.Line> lines = ReleasedLines.campaign(connection, campaign);
            List<Assessment> assessed = assess(lines, lookup);
            List<ReleasedFigure> underReview = figures(lines, assessed);
            List<DisclosureFinding> findings = DisclosureCheck.find(underReview, released(connection, lookup,
                underReview));
            List<Checked> unchecked = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                unchecked.add(new Checked(lines.get(i).id(), lines.get(i).item().line().text(), assessed.get(i),
                    List.of()));
            }
            return new Result(campaign, raised(unchecked, findings), findings);
        } catch (SQLException e) {
            throw new StoreException("Could not check campaign \"" + campaign + "\" for differencing in "
                + database.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The findings of one line, as the desk's evidence pane shows them: its campaign checked against
     * what is out, kept to the findings the line is in. Empty for an unknown line.
     */
    public List<DisclosureFinding> findings(String lineId) {
        return campaignOf(lineId).map(campaign -> check(campaign).findingsFor(lineId)).orElse(List.of());
    }

    /**
     * What one stored line reveals with the rest of its campaign and what is out, for the
     * safer-alternatives ladder: its findings, and a re-check of a rewrite in its place against
     * every other figure ({@link DisclosureGuard}). {@link DisclosureGuard#NONE} for an unknown line.
     *
     * @throws StoreException when the database cannot be read
     */
    public DisclosureGuard guard(String lineId) {
        Optional<String> campaign = campaignOf(lineId);
        if (campaign.isEmpty()) {
            return DisclosureGuard.NONE;
        }
        try (Connection connection = database.connect(); CohortLookup lookup = lookup()) {
            List<ReleasedLines.Line> lines = ReleasedLines.campaign(connection, campaign.get());
            List<ReleasedFigure> underReview = figures(lines, assess(lines, lookup));
            List<ReleasedFigure> released = released(connection, lookup, underReview);
            List<DisclosureFinding> findings = DisclosureCheck.byLine(DisclosureCheck.find(underReview, released))
                .getOrDefault(lineId, List.of());
            List<ReleasedFigure> others = new ArrayList<>(underReview);
            others.addAll(released);
            return DisclosureGuard.of(lineId, others, findings);
        } catch (SQLException e) {
            throw new StoreException("Could not check line " + lineId + " for differencing in " + database.name()
                + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lines not in the database (a copy file being scored), checked together and against what is
     * out: each with its findings and, when it has one, its assessment raised to {@code high}.
     *
     * @param assessed the file's lines in order, each with its own assessment and no findings yet
     * @throws StoreException when what is released cannot be read
     */
    public List<Checked> checkFile(List<Checked> assessed) {
        List<ReleasedFigure> figures = new ArrayList<>();
        for (Checked line : assessed) {
            ReleasedFigure.of(line.lineId(), line.text(), line.assessment(), ReleasedFigure.Release.UNDER_REVIEW)
                .ifPresent(figures::add);
        }
        FileFindings findings = checkFigures(figures);
        return assessed.stream().map(findings::checked).toList();
    }

    /**
     * A copy file's lines checked together and against what is out, from their figures alone: what
     * {@link #checkFile} finds, for a caller that does not hold every line's assessment (tact score
     * holds them on disk until the check has run).
     *
     * @param underReview the figures of the file's lines in input order ({@link ReleasedFigure#of} with
     *                    {@link ReleasedFigure.Release#UNDER_REVIEW}); lines stating no figure have none
     * @throws StoreException when what is released cannot be read
     */
    public FileFindings checkFigures(List<ReleasedFigure> underReview) {
        return new FileFindings(DisclosureCheck.byLine(against(underReview)));
    }

    /** The findings of a checked file, by line id. */
    public static final class FileFindings {
        private final Map<String, List<DisclosureFinding>> byLine;

        private FileFindings(Map<String, List<DisclosureFinding>> byLine) {
            this.byLine = byLine;
        }

        /** The findings a line is in, empty when none. */
        public List<DisclosureFinding> of(String lineId) {
            return byLine.getOrDefault(lineId, List.of());
        }

        /** The line with its findings and, when it has one, its assessment raised to {@code high}. */
        public Checked checked(Checked line) {
            return raise(line, of(line.lineId()));
        }
    }

    // One place where findings reach a line: its own findings, and high while any stands.
    private static List<Checked> raised(List<Checked> lines, List<DisclosureFinding> findings) {
        List<Checked> checked = new ArrayList<>(lines.size());
        Map<String, List<DisclosureFinding>> byLine = DisclosureCheck.byLine(findings);
        for (Checked line : lines) {
            checked.add(raise(line, byLine.getOrDefault(line.lineId(), List.of())));
        }
        return checked;
    }

    private static Checked raise(Checked line, List<DisclosureFinding> own) {
        return new Checked(line.lineId(), line.text(), DisclosureCheck.withFindings(line.assessment(), line.lineId(),
            own), own);
    }

    /**
     * Lines not in the database (a copy file being scored) checked against what is out.
     *
     * @param underReview the file's figures ({@link ReleasedFigure#of} with {@link ReleasedFigure.Release#UNDER_REVIEW})
     */
    public List<DisclosureFinding> against(List<ReleasedFigure> underReview) {
        try (Connection connection = database.connect(); CohortLookup lookup = lookup()) {
            return DisclosureCheck.find(underReview, released(connection, lookup, underReview));
        } catch (SQLException e) {
            throw new StoreException("Could not read what is released from " + database.name() + ": "
                + e.getMessage(), e);
        }
    }

    private List<ReleasedFigure> released(Connection connection, CohortLookup lookup, List<ReleasedFigure> underReview)
        throws SQLException {
        Set<String> sources = new TreeSet<>();
        underReview.forEach(figure -> sources.add(figure.stat().source()));
        Map<String, ReleasedLines.Line> out = new LinkedHashMap<>();
        for (ReleasedLines.Line line : ReleasedLines.published(connection, database)) {
            out.putIfAbsent(line.id(), line);
        }
        for (ReleasedLines.Line line : ReleasedLines.approved(connection, sources)) {
            out.putIfAbsent(line.id(), line);
        }
        // A released line citing stats has its figure without an assessment (ReleasedFigure.ofCited);
        // only the others (a published line matched by its numbers) are assessed.
        List<ReleasedLines.Line> lines = List.copyOf(out.values());
        List<ReleasedLines.Line> uncited = lines.stream().filter(line -> line.item().cited().isEmpty()).toList();
        java.util.Iterator<Assessment> assessed = assess(uncited, lookup).iterator();
        // Figures no line under review can be in a finding with are left unread (the check ignores them).
        java.util.function.Predicate<dev.tact.core.Stat> matters = DisclosureCheck.reach(underReview);
        List<ReleasedFigure> figures = new ArrayList<>();
        for (ReleasedLines.Line line : lines) {
            String text = line.item().line().text();
            List<dev.tact.core.Stat> cited = line.item().cited();
            if (cited.isEmpty()) {
                ReleasedFigure.of(line.id(), text, assessed.next(), line.release()).ifPresent(figures::add);
            } else if (matters.test(ReleasedFigure.boundOf(cited))) {
                ReleasedFigure.ofCited(line.id(), text, cited,
                    assessor.policy().thresholds(line.item().line().channel()).minCohort(), line.release())
                    .ifPresent(figures::add);
            }
        }
        return figures;
    }

    private List<Assessment> assess(List<ReleasedLines.Line> lines, CohortLookup lookup) {
        return assessor.assessAll(lines.stream().map(line -> new LineRequest(line.item().line().text(),
            line.item().cited(), line.item().line().channel())).toList(), lookup);
    }

    private static List<ReleasedFigure> figures(List<ReleasedLines.Line> lines, List<Assessment> assessed) {
        List<ReleasedFigure> figures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReleasedLines.Line line = lines.get(i);
            ReleasedFigure.of(line.id(), line.item().line().text(), assessed.get(i), line.release())
                .ifPresent(figures::add);
        }
        return figures;
    }

    private CohortLookup lookup() {
        return matching ? StatLookup.open(database) : CohortLookup.NONE;
    }

    private Optional<String> campaignOf(String lineId) {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
            "SELECT c.name FROM copy_line l JOIN campaign c ON c.id = l.campaign_id WHERE l.id = ?")) {
            query.setString(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read line " + lineId + ": " + e.getMessage(), e);
        }
    }
}
