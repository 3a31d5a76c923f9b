package dev.tact.bench;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one line takes to assess in-process, as while a copywriter types (sample mode gives
 * the percentiles). Run with {@code src/bench/score-benchmark.sh}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessorBenchmark {
    @Param({
        "To the 53 people who've watched A Christmas Prince every day for the past 18 days: Who hurt you?",
        "Take a page from the 3,445 people who streamed the 'Boozy Brunch' playlist on a Wednesday this year.",
        "Holiday movies were streamed 300 million times in December.",
        "Quelqu'un à Nantes a écouté la même chanson de rupture 140 fois",
        "Bist du oft einsam?",
        "この曲を53回聴いた人へ：大丈夫？"
    })
    public String line;

    private Assessor assessor;

    @Setup
    public void load() {
        assessor = new Assessor(PolicyCodec.defaults());
    }

    @Benchmark
    public Assessment assessOneLine() {
        return assessor.assess(line, List.of(), CohortLookup.NONE, "");
    }
}
