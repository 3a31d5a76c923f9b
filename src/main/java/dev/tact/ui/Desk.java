package dev.tact.ui;

import dev.tact.store.db.ChangeFeed;
import dev.tact.store.lines.KeptDraft;
import dev.tact.ui.draft.DraftViewModel;
import dev.tact.ui.evidence.EvidenceViewModel;
import dev.tact.ui.evidence.ReleaseEvidence;
import dev.tact.ui.imports.ImportViewModel;
import dev.tact.ui.lines.DeskLine;
import dev.tact.ui.lines.DisclosureBands;
import dev.tact.ui.lines.LinesViewModel;
import dev.tact.ui.live.FxTicker;
import dev.tact.ui.live.LiveViewModel;
import dev.tact.ui.live.ReachabilityRunner;
import dev.tact.ui.policy.PolicyViewModel;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * One desk on one store: its view models wired together and its view. The app builds one per
 * store it opens (Connect builds the next); a test builds one on a feed it controls.
 */
final class Desk {
    private final DeskView view;
    private final LiveViewModel live;
    private final LinesViewModel lines;
    private final DraftViewModel draft;
    private final FxTicker ticker = new FxTicker();
    // A campaign's differencing check takes seconds at scale: on a thread of its own, nothing waits behind it.
    private final FxBackgroundRunner checks = new FxBackgroundRunner();

    /** What the app gives every desk: dialogs, the theme, the Connect action. */
    record Hooks(Confirmer confirmer, PassphrasePrompt passphrase, Runnable toggleTheme, Runnable connect) {
    }

    Desk(DeskBackend backend, ChangeFeed feed, FxBackgroundRunner fxRunner, Clock clock, KeptDraft kept, Hooks hooks) {
        // Every backend call goes through one runner that notices a server gone away.
        ReachabilityRunner runner = new ReachabilityRunner(fxRunner);
        // The queue's bands and the evidence pane read one set of differencing checks (issue 14).
        ReachabilityRunner checking = new ReachabilityRunner(checks);
        DisclosureBands bands = new DisclosureBands(campaign -> backend.releases().check(campaign), checking);
        lines = new LinesViewModel(backend::load, runner, bands);
        EvidenceViewModel evidence = new EvidenceViewModel(backend, runner, hooks.confirmer(),
            (lineId, recorded) -> lines.decided(lineId, recorded.lineStatus(),
                DeskLine.ApprovalOverride.of(recorded.decision())), bands);
        evidence.releases().setLineOpener(ReleaseEvidence.LineOpener.of(lines::contains, lines::open));
        evidence.releases().publishing().setOnPublished(lines::recheckDisclosure);
        evidence.setOnAccepted(lines::reload);
        evidence.setPassphrasePrompt(hooks.passphrase());
        draft = new DraftViewModel(backend, runner, saved -> lines.reload(), kept);
        ImportViewModel imports = new ImportViewModel(backend, runner, lines::reload);
        PolicyViewModel policy = new PolicyViewModel(backend, runner, lines);
        policy.setPassphrasePrompt(hooks.passphrase());
        live = new LiveViewModel(backend, new LiveViewModel.Screens(lines, evidence, draft), feed, runner,
            Platform::runLater, clock);
        runner.setOnUnreachable(live::sawUnreachable);
        checking.setOnUnreachable(live::sawUnreachable);
        view = new DeskView(new DeskView.DeskModels(backend, lines, evidence, draft, imports, policy, live), fxRunner,
            hooks.toggleTheme(), hooks.connect());
    }

    Parent build() {
        return view.build();
    }

    void installKeys(Scene scene) {
        view.installKeys(scene);
    }

    /** Loads the queue, starts listening for other desks' changes and offers a draft kept offline. */
    void start() {
        live.start(ticker);
        lines.reload();
        draft.offerKept();
    }

    void close() {
        ticker.stop();
        live.close();
        checks.shutdown();
    }

    LiveViewModel live() {
        return live;
    }
}
