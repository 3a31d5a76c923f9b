package dev.tact.cli;

import dev.tact.core.CohortLookup;
import dev.tact.score.Assessor;
import dev.tact.score.Evaluation;
import dev.tact.store.ImportFailedException;
import dev.tact.store.ImportSource;
import dev.tact.store.LabelledFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval",
    description = {"Score a labelled CSV (id,text,label; higher label = creepier) and show how well the",
        "scores order it: AUC of the top label against the bottom one, pairwise concordance, and the",
        "lines ranked furthest from their label. Text only: no database is used."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policyOptions;

    @Parameters(paramLabel = "FILE", description = "The labelled CSV.")
    private Path file;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "5",
        description = "How many worst-ranked lines to show per end. Default: ${DEFAULT-VALUE}.")
    private int worst;

    @Override
    public Integer call() {
        Assessor assessor = new Assessor(policyOptions.resolve(Optional.empty(), spec.commandLine()));
        List<LabelledFile.Line> lines;
        try {
            lines = LabelledFile.read(ImportSource.ofFile(file));
        } catch (ImportFailedException e) {
            return ImportRunner.reportProblems(spec.commandLine(), e);
        }
        List<Evaluation.Scored> scored = lines.stream().map(line -> new Evaluation.Scored(line.id(), line.text(),
            line.label(), assessor.assess(line.text(), List.of(), CohortLookup.NONE, "").score())).toList();
        print(Evaluation.of(scored, worst));
        return 0;
    }

    private void print(Evaluation.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Lines:        %d%n", result.lines());
        out.printf(Locale.ROOT, "AUC:          %.3f  (top label against bottom label)%n", result.auc());
        out.printf(Locale.ROOT, "Concordance:  %.3f  (all pairs with different labels)%n", result.concordance());
        out.println("Worst ranked:");
        for (Evaluation.Scored line : result.worst()) {
            out.printf(Locale.ROOT, "  label %d  score %3d  %-14s %s%n", line.label(), line.score(), line.id(),
                line.text());
        }
    }
}
