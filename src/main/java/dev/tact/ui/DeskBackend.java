package dev.tact.ui;

import dev.tact.core.Assessment;
import dev.tact.core.Decision;
import dev.tact.core.Policy;
import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import dev.tact.core.Verdict;
import dev.tact.score.Assessor;
import dev.tact.score.Ladder;
import dev.tact.score.Suggestion;
import dev.tact.store.stats.Generalizations;
import dev.tact.score.LineRequest;
import dev.tact.score.PolicyCodec;
import dev.tact.core.Signer;
import dev.tact.store.trail.Checkpoints;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.DatabaseLocation;
import dev.tact.store.trail.ReviewerRegistry;
import dev.tact.store.db.Database;
import dev.tact.store.db.DatabaseSummary;
import dev.tact.store.trail.DecisionLedger;
import dev.tact.store.db.DemoData;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.LineEditor;
import dev.tact.core.History;
import dev.tact.store.trail.LineHistory;
import dev.tact.store.policy.PolicyStore;
import dev.tact.store.lines.ReviewItemRepository;
import dev.tact.store.stats.StatLookup;
import dev.tact.store.stats.StatsImporter;
import dev.tact.ui.lines.DeskData;
import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the desk's view models call, always on a background thread: one place that opens the
 * database (creating it with the demo if new) and reaches the store and the scorer. The same
 * operations the CLI runs, so the desk and the CLI cannot differ.
 */
public final class DeskBackend {
    private final DatabaseAddress address;
    private final Clock clock;
    private final String reviewer;
    private final SigningSession signing;
    private Database database;
    private StatLookup lookup;
    private final boolean withDemo;
    private Assessor assessor;
    private dev.tact.score.Precedents precedents;
    private volatile DatabaseSummary openedSummary;

    public DeskBackend(Path file, Clock clock, String reviewer) {
        this(new DatabaseAddress.File(file), clock, reviewer, true);
    }

    /** @param withDemo whether a database created on first start gets the demo data ({@code --no-demo}: not) */
    public DeskBackend(DatabaseAddress address, Clock clock, String reviewer, boolean withDemo) {
        this(address, clock, reviewer, withDemo, new SigningSession(DatabaseLocation.ofThisProcess().configDirectory(),
            clock, SigningSession.DEFAULT_IDLE));
    }

    /** @param signing the reviewer's key for the session: decisions are signed with it */
    public DeskBackend(DatabaseAddress address, Clock clock, String reviewer, boolean withDemo, SigningSession signing) {
        this.signing = signing;
        this.address = address;
        this.clock = clock;
        this.reviewer = reviewer;
        this.withDemo = withDemo;
    }

    /** The desk's clock (no database, no lock: safe on the JavaFX thread): "today" for a publication. */
    public Clock clock() {
        return clock;
    }

    /** Who decides and drafts in this session. */
    public String reviewer() {
        return reviewer;
    }

    private synchronized Database database() {
        if (database == null) {
            database = DemoData.open(address, withDemo, clock, reviewer);
            loadPolicy();
        }
        return database;
    }

    private void loadPolicy() {
        assessor = new Assessor(new PolicyStore(database, clock, reviewer).policyInForce());
        precedents = null;
    }

    /**
     * What lines reveal together and what has gone out (issue 14), on this database under the policy
     * in force: the same CampaignDisclosure and Publications as {@code tact check} and {@code tact publish}.
     */
    public DeskReleases releases() {
        return new DeskReleases(database(), currentAssessor(), clock, reviewer);
    }

    /**
     * The nearest labelled corpus cases to a stored line, under the policy in force; the corpus is
     * assessed on first use (a fraction of a second), off the JavaFX thread like every backend call.
     */
    public List<dev.tact.score.Precedents.Match> precedents(ReviewItem item) {
        dev.tact.score.Precedents built;
        Assessor with;
        synchronized (this) {
            with = currentAssessor();
            built = precedents;
        }
        // Assessing the corpus takes a moment: done outside the lock so loads and decisions don't
        // wait on it (two first calls may both build it; the result is the same).
        if (built == null) {
            built = dev.tact.score.Precedents.bundled(with);
            synchronized (this) {
                if (assessor == with) {
                    precedents = built;
                }
            }
        }
        return built.nearest(item.line().text(), with.assess(item, dev.tact.core.CohortLookup.NONE), 2);
    }

    private synchronized StatLookup lookup() {
        if (lookup == null) {
            lookup = StatLookup.open(database());
        }
        return lookup;
    }

    // The first page is small so the queue shows at once; later pages are larger.
    private static final int FIRST_PAGE = 2_000;
    private static final int PAGE = 20_000;

    /** A page of lines with their assessments, after a cursor (0 for the first page). */
    public DeskData load(long after) {
        Database db = database();
        ReviewItemRepository.Page page = new ReviewItemRepository(db).page(after, after == 0 ? FIRST_PAGE : PAGE);
        // Counting a million stats once per open is enough; later pages reuse the first page's counts.
        DatabaseSummary summary = after == 0 || openedSummary == null ? DatabaseSummary.of(db) : openedSummary;
        openedSummary = summary;
        DeskData data = assessed(page.items(), currentAssessor(), summary);
        return new DeskData(data.lines(), data.policy(), data.summary(), page.next());
    }

    /** The same lines assessed under another policy, for a preview before saving it. */
    public DeskData preview(List<ReviewItem> items, Policy policy) {
        return assessed(items, new Assessor(policy), DatabaseSummary.of(database()));
    }

    private DeskData assessed(List<ReviewItem> items, Assessor with, DatabaseSummary summary) {
        List<dev.tact.core.Assessment> assessments = with.assessAll(items.stream()
            .map(item -> new LineRequest(item.line().text(), item.cited(), item.line().channel())).toList(),
            dev.tact.core.CohortLookup.NONE);
        java.util.Map<String, dev.tact.core.Decision> latest = items.stream()
            .anyMatch(item -> item.line().status() == dev.tact.core.LineStatus.APPROVED)
            ? LineHistory.latestDecisions(database()) : java.util.Map.of();
        List<DeskLine> lines = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            lines.add(new DeskLine(items.get(i), assessments.get(i), standingOverride(items.get(i), latest)));
        }
        return new DeskData(lines, with.policy().name() + (with.policy().version() == 0 ? ""
            : " v" + with.policy().version()), summary);
    }

    // Only an approved line can stand on an override: its latest decision says whether it does.
    private static Optional<DeskLine.ApprovalOverride> standingOverride(ReviewItem item,
                                                                        java.util.Map<String, dev.tact.core.Decision> latest) {
        if (item.line().status() != dev.tact.core.LineStatus.APPROVED) {
            return Optional.empty();
        }
        return Optional.ofNullable(latest.get(item.line().id())).flatMap(DeskLine.ApprovalOverride::of);
    }

    private synchronized Assessor currentAssessor() {
        database();
        return assessor;
    }

    /** The bundled or stored policy document in force, as text. */
    public String policyDocument() {
        return new PolicyStore(database(), clock, reviewer).inForce().document();
    }

    /** Stores an edited policy document as the next version, in force from now on. */
    public synchronized int savePolicy(String document) {
        String name = PolicyCodec.read(document, null).name();
        Signer admin = signing.signer().orElseThrow(() -> new dev.tact.core.DecisionRefusedException(
            "Storing a policy is signed with an admin's key: unlock your key first (record a decision, or sign in"
                + " when asked)."));
        int version = new PolicyStore(database(), clock, reviewer).add(name, document, admin).version();
        loadPolicy();
        return version;
    }

    /** Assesses a draft as typed: cited stats by id, numbers matched to stats. */
    public Assessment assessDraft(String text, String channel, List<String> statIds) {
        StatLookup stats = lookup();
        List<Stat> cited = statIds.stream().map(stats::byId).flatMap(Optional::stream).toList();
        return currentAssessor().assess(text, cited, stats, channel);
    }

    /**
     * The generalization ladder for a stored line, checked against what its campaign and what is out
     * reveal with it: a line in a differencing finding is offered only wordings that leave it in none
     * (each naming the lines whose gap it closes), and no line a wording that opens one (issue 14).
     */
    public List<Suggestion> suggest(ReviewItem item) {
        Assessor with = currentAssessor();
        return new Ladder(with).suggest(item.line().text(), with.assess(item, dev.tact.core.CohortLookup.NONE),
            this::broaderOf, item.line().channel(),
            new dev.tact.store.release.CampaignDisclosure(database(), with).guard(item.line().id()));
    }

    /** The ladder for a draft as typed (its cited or matched stat, else text only). */
    public List<Suggestion> suggestDraft(String text, String channel, List<String> statIds) {
        return new Ladder(currentAssessor()).suggest(text, assessDraft(text, channel, statIds), this::broaderOf,
            channel);
    }

    private List<Stat> broaderOf(Stat stat) {
        return Generalizations.of(database(), stat);
    }

    /** Accepts a suggestion: a new version of the line, back to pending, recording where it came from. */
    public String accept(ReviewItem item, Suggestion suggestion) throws ImportFailedException {
        var line = item.line();
        String origin = suggestion.origin();
        return new LineEditor(database(), clock).save(new LineEditor.Draft(line.id(), line.campaign(), line.channel(),
            line.author(), suggestion.text(), suggestion.stat().map(stat -> List.of(stat.id())).orElse(List.of()),
            origin).basedOn(line.version()), writerKey());
    }

    // A version written while the key is unlocked is recorded as written with it (four eyes by key).
    private String writerKey() {
        return signing.signer().map(Signer::fingerprint).orElse("");
    }

    /** Where the line's current version stands on its channel's approval route, as one sentence. */
    public String routeOf(dev.tact.core.CopyLine line, History history) {
        List<dev.tact.core.Role> route = currentAssessor().policy().route(line.channel());
        List<Decision> oldestFirst = new java.util.ArrayList<>(history.decisions());
        java.util.Collections.reverse(oldestFirst);
        String channel = line.channel().isBlank() ? "lines without a channel" : line.channel();
        return "Route for " + channel + ": " + dev.tact.core.RouteProgress.of(route, oldestFirst, line.version())
            .describe();
    }

    public History history(String lineId) {
        return LineHistory.of(database(), lineId);
    }

    /** The reviewer's key for this session. */
    public SigningSession signing() {
        return signing;
    }

    /**
     * The reviewer's key as the status bar says it: whom it signs as here and with which roles,
     * not enrolled, or missing (reads only the public key: no passphrase needed).
     */
    public String keyStatus() {
        java.util.Optional<String> changed = dev.tact.store.trail.PinnedKeys.check(signing.configDirectory(), database());
        if (changed.isPresent()) {
            return "⚠ " + changed.get();
        }
        if (!signing.hasKey()) {
            return "No reviewer key (tact keys init)";
        }
        String fingerprint = dev.tact.core.Signatures.fingerprint(dev.tact.store.trail.KeyFiles.publicKey(
            signing.configDirectory()));
        String shown = dev.tact.core.Signatures.shortFingerprint(fingerprint) + "…";
        return new ReviewerRegistry(database(), clock).byFingerprint(fingerprint)
            .map(enrolled -> (enrolled.revoked() ? "Revoked key of " : "Signs as ") + enrolled.name() + " ("
                + enrolled.rolesText() + ") · " + shown + (signing.unlocked() ? " · unlocked" : " · locked"))
            .orElse("Key " + shown + " is not enrolled here");
    }

    /** Whom the unlocked key is enrolled as here, if it is unlocked and enrolled. */
    public Optional<String> signedInAs() {
        return signing.signer().flatMap(key -> new ReviewerRegistry(database(), clock).byFingerprint(key.fingerprint()))
            .filter(enrolled -> !enrolled.revoked()).map(ReviewerRegistry.Reviewer::name);
    }

    /**
     * Records a decision on the line as the reviewer saw it, signed with the session's key; refused
     * if it changed since (another desk, the CLI). The checkpoint signed after it is kept in the
     * reviewer's own directory.
     *
     * @throws dev.tact.core.DecisionRefusedException when the key is locked, not enrolled, or a rule refuses
     */
    public DecisionLedger.Recorded decide(String lineId, Verdict verdict, String reason,
                                          dev.tact.core.LineStatus seenStatus, int seenVersion) {
        Signer key = signing.signer().orElseThrow(() -> new dev.tact.core.DecisionRefusedException(
            "Your key is locked: give its passphrase to sign the decision."));
        DecisionLedger.Recorded recorded = new DecisionLedger(database(), clock).decide(lineId, verdict, key, reason,
            new DecisionLedger.Seen(seenStatus, seenVersion));
        Checkpoints.keep(signing.configDirectory(), recorded.checkpoint());
        return recorded;
    }

    /** Saves a draft; a new line's author is whom the unlocked key signs as, and the version records the key. */
    public String saveDraft(LineEditor.Draft draft) throws ImportFailedException {
        LineEditor.Draft authored = draft.lineId().isBlank() ? signedInAs().map(name -> new LineEditor.Draft(
            draft.lineId(), draft.campaign(), draft.channel(), name, draft.text(), draft.statIds(), draft.origin()))
            .orElse(draft) : draft;
        return new LineEditor(database(), clock).save(authored, writerKey());
    }

    public ImportResult importStats(Path source, ImportProgress progress) throws ImportFailedException {
        ImportResult result = new StatsImporter(database(), clock, reviewer)
            .importStats(ImportSource.ofFile(source), false, progress);
        closeLookup();
        return result;
    }

    /**
     * Writes a campaign's sign-off report, PDF or CSV by the file's extension (the same path as
     * {@code tact export}).
     *
     * @return how many lines the report holds
     * @throws dev.tact.report.SignOffReport.BadTargetException when the file is neither .pdf nor .csv, or is
     *         the database itself
     */
    public int exportReport(String campaign, Path out) throws java.io.IOException {
        return dev.tact.report.SignOffReport.write(database(), campaign, out, Optional.empty(), clock, reviewer);
    }

    public ImportResult importCopy(Path source, ImportProgress progress) throws ImportFailedException {
        return new CopyImporter(database(), clock, reviewer)
            .importCopy(ImportSource.ofFile(source), CopyImporter.Options.DEFAULT, progress);
    }

    // The lookup's full-text index is rebuilt on the next open after stats change.
    private synchronized void closeLookup() {
        if (lookup != null) {
            lookup.close();
            lookup = null;
        }
    }

    /** The database this desk works on: a file or a team server. */
    public DatabaseAddress address() {
        return address;
    }

    /** What others change in this database, as it happens (nothing for a file); the caller starts and closes it. */
    public dev.tact.store.db.ChangeFeed changes() {
        return dev.tact.store.db.ChangeFeed.of(address);
    }

    /**
     * Another desk stored a policy or imported stats: the next assessment uses the policy now in
     * force, and the draft lookup reopens on the stats as they are.
     */
    public synchronized void othersChanged(boolean policy, boolean stats) {
        if (database != null && policy) {
            loadPolicy();
        }
        if (stats) {
            closeLookup();
        }
    }

    /** Who this desk is on its store: the server login, or the reviewer's name on a file. */
    public String login() {
        return address instanceof DatabaseAddress.Server server
            ? dev.tact.store.db.TeamServer.login(server, System.getenv()) : reviewer;
    }
}
