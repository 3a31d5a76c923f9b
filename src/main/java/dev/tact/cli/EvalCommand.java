package dev.tact.cli;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.score.Assessor;
import dev.tact.score.CorpusCase;
import dev.tact.score.Evaluation;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportSource;
import dev.tact.store.files.LabelledFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval",
    description = {"Score labelled lines and show how well the scores order them: AUC of the top label against",
        "the bottom one, pairwise concordance, and the lines ranked furthest from their label; overall and by",
        "split (calibration / held-out), language and family. Without FILE, the bundled corpus",
        "(resources/corpus/corpus.csv). Text only: no database is used."},
    footer = {"", "FILE: CSV with id,text,label (higher label = creepier) and optionally lang,family,split.",
        "Exit status: 0 done, 2 bad usage or input."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policyOptions;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The labelled CSV; default: the bundled corpus.")
    private Path file;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "5",
        description = "How many worst-ranked lines to show per end. Default: ${DEFAULT-VALUE}.")
    private int worst;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
        description = "calibration, held-out or all: which lines to evaluate. Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--families", description = "Also list each family's figures.")
    private boolean families;

    @Override
    public Integer call() {
        if (worst < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--worst: expected 0 or more, found "
                + worst);
        }
        if (!List.of("all", "calibration", "held-out").contains(split)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--split: expected calibration, held-out or all, found " + split);
        }
        Assessor assessor = new Assessor(policyOptions.resolve(Optional.empty(), spec.commandLine()));
        List<LabelledFile.Line> lines;
        try {
            lines = file == null ? bundled() : LabelledFile.read(ImportSource.ofFile(file));
        } catch (ImportFailedException e) {
            return ImportRunner.reportProblems(spec.commandLine(), e, "nothing was evaluated");
        }
        List<Evaluation.Scored> scored = lines.parallelStream()
            .filter(line -> split.equals("all") || line.split().equals(split))
            .map(line -> score(assessor, line)).toList();
        print(scored);
        return 0;
    }

    private static List<LabelledFile.Line> bundled() {
        return CorpusCase.bundled().stream().map(c -> new LabelledFile.Line(0, c.id(), c.text(), c.label(), c.lang(),
            c.family(), c.split())).toList();
    }

    private static Evaluation.Scored score(Assessor assessor, LabelledFile.Line line) {
        Assessment assessment = assessor.assess(line.text(), List.of(), CohortLookup.NONE, "");
        return new Evaluation.Scored(line.id(), line.text(), line.label(), assessment.score(), line.lang(),
            line.family(), line.split(), assessment.band().code());
    }

    private void print(List<Evaluation.Scored> scored) {
        PrintWriter out = spec.commandLine().getOut();
        Evaluation.Result all = Evaluation.of(scored, worst);
        out.printf(Locale.ROOT, "Lines:        %d%n", all.lines());
        out.printf(Locale.ROOT, "AUC:          %.3f  (top label against bottom label)%n", all.auc());
        out.printf(Locale.ROOT, "Concordance:  %.3f  (all pairs with different labels)%n", all.concordance());
        long unassessed = scored.stream().filter(line -> line.band().equals("unassessed")).count();
        if (unassessed > 0) {
            out.printf(Locale.ROOT, "Unassessed:   %d  (language not covered by the policy)%n", unassessed);
        }
        table(out, "split", scored, Evaluation.Scored::split);
        table(out, "language", scored, Evaluation.Scored::lang);
        if (families) {
            table(out, "family", scored, Evaluation.Scored::family);
        }
        out.println("Worst ranked:");
        for (Evaluation.Scored line : all.worst()) {
            out.printf(Locale.ROOT, "  label %d  score %3d  %-14s %s%n", line.label(), line.score(), line.id(),
                line.text());
        }
    }

    private void table(PrintWriter out, String title, List<Evaluation.Scored> scored,
                       Function<Evaluation.Scored, String> key) {
        Map<String, Evaluation.Result> groups = Evaluation.byGroup(scored, key, worst);
        if (groups.size() < 2 && groups.containsKey("")) {
            return;
        }
        out.printf(Locale.ROOT, "By %s:%n", title);
        out.printf(Locale.ROOT, "  %-40s %6s %7s %12s%n", title, "lines", "AUC", "concordance");
        groups.forEach((name, result) -> out.printf(Locale.ROOT, "  %-40s %6d %7s %12s%n",
            name.isEmpty() ? "(none)" : name, result.lines(), figure(result.auc()), figure(result.concordance())));
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
