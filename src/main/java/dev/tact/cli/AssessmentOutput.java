package dev.tact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.Factor;
import dev.tact.core.Stat;
import dev.tact.score.Precedents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Writes assessments as they come, one record per line of copy: CSV or a JSON array. */
interface AssessmentOutput extends AutoCloseable {
    String[] COLUMNS = {"id", "score", "band", "cohort_size", "specificity", "sensitivity", "address", "tone",
        "stat_id", "reasons"};

    /**
     * @param id         the line's id
     * @param text       the line's text
     * @param assessment its assessment
     */
    default void write(String id, String text, Assessment assessment) {
        write(id, text, assessment, "");
    }

    /**
     * @param disclosure the lines this one reveals people together with and how many ("w26-04: 4"),
     *                   empty when none; written only when the output was made with a disclosure column
     */
    void write(String id, String text, Assessment assessment, String disclosure);

    @Override
    void close();

    /**
     * @param precedents where JSON output finds each line's nearest corpus cases (built on first
     *                   use); CSV output keeps its columns and does not use it
     */
    static AssessmentOutput of(String format, PrintWriter out, java.util.function.Supplier<Precedents> precedents) {
        return of(format, out, precedents, false);
    }

    /** @param disclosure whether records carry the disclosure column (only when a database was given) */
    static AssessmentOutput of(String format, PrintWriter out, java.util.function.Supplier<Precedents> precedents,
                               boolean disclosure) {
        return format.equalsIgnoreCase("json") ? new Json(out, precedents, disclosure) : new Csv(out, disclosure);
    }

    /**
     * The record this output would write for a line, with an empty disclosure column when it has one
     * (what most lines get once the file is checked), made on the calling thread (any thread, so that
     * the workers of a batch format what they assess); {@code null} when this output formats only as
     * it writes (JSON).
     *
     * @param id         the line's id
     * @param assessment its assessment
     */
    default String record(String id, Assessment assessment) {
        return null;
    }

    /**
     * Writes a record made by {@link #record}, after those written before it.
     *
     * @throws UnsupportedOperationException when this output makes no records ahead
     */
    default void writeRecord(String record) {
        throw new UnsupportedOperationException("this output formats only as it writes");
    }

    private static String factor(Assessment assessment, Factor.Name name) {
        return TwoDecimals.format(assessment.factor(name).value());
    }

    /** CSV with a header row, RFC 4180 quoting (as Commons CSV writes it, see {@link CsvRecord}). */
    final class Csv implements AssessmentOutput {
        // A record with its reasons is about 300 characters on generated copy.
        private static final int RECORD_LENGTH = 384;
        private final PrintWriter out;
        private final boolean disclosure;

        Csv(PrintWriter out, boolean disclosure) {
            this.out = out;
            this.disclosure = disclosure;
            CsvRecord header = new CsvRecord(RECORD_LENGTH);
            for (String column : COLUMNS) {
                header.add(column);
            }
            if (disclosure) {
                header.add("disclosure");
            }
            out.write(header.end());
        }

        @Override
        public String record(String id, Assessment assessment) {
            CsvRecord record = fields(id, assessment);
            if (disclosure) {
                record.add("");
            }
            return record.end();
        }

        @Override
        public void writeRecord(String record) {
            out.write(record);
        }

        @Override
        public void write(String id, String text, Assessment a, String disclosed) {
            CsvRecord record = fields(id, a);
            if (disclosure) {
                record.add(disclosed);
            }
            out.write(record.end());
        }

        private static CsvRecord fields(String id, Assessment a) {
            return new CsvRecord(RECORD_LENGTH).add(id).add(a.score()).add(a.band().code())
                .add(a.cohort().map(c -> Long.toString(c.size())).orElse(""))
                .add(factor(a, Factor.Name.SPECIFICITY)).add(factor(a, Factor.Name.SENSITIVITY))
                .add(factor(a, Factor.Name.ADDRESS)).add(factor(a, Factor.Name.TONE))
                .add(a.cohort().flatMap(BoundCohort::stat).map(Stat::id).orElse(""))
                .add(String.join("; ", a.reasons()));
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    /**
     * A JSON array of objects with the CSV's columns (numbers as numbers, reasons as an array), the
     * language the line was read in, and its precedents: the nearest labelled corpus cases.
     */
    final class Json implements AssessmentOutput {
        private static final int PRECEDENTS = 2;
        private final JsonGenerator json;
        private final java.util.function.Supplier<Precedents> precedents;
        private final boolean disclosure;
        private Precedents built;

        Json(PrintWriter out, java.util.function.Supplier<Precedents> precedents, boolean disclosure) {
            this.precedents = precedents;
            this.disclosure = disclosure;
            try {
                this.json = new JsonFactory().createGenerator(out);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(String id, String text, Assessment a, String disclosed) {
            try {
                json.writeStartObject();
                json.writeStringField("id", id);
                json.writeNumberField("score", a.score());
                json.writeStringField("band", a.band().code());
                if (a.cohort().isPresent()) {
                    json.writeNumberField("cohort_size", a.cohort().get().size());
                } else {
                    json.writeNullField("cohort_size");
                }
                for (Factor.Name name : new Factor.Name[] {Factor.Name.SPECIFICITY, Factor.Name.SENSITIVITY,
                    Factor.Name.ADDRESS, Factor.Name.TONE}) {
                    json.writeNumberField(name.name().toLowerCase(Locale.ROOT),
                        Math.round(a.factor(name).value() * 100) / 100.0);
                }
                json.writeStringField("stat_id", a.cohort().flatMap(BoundCohort::stat).map(Stat::id).orElse(null));
                json.writeArrayFieldStart("reasons");
                for (String reason : a.reasons()) {
                    json.writeString(reason);
                }
                json.writeEndArray();
                json.writeObjectFieldStart("language");
                json.writeStringField("code", a.language().code());
                json.writeStringField("name", a.language().name());
                json.writeBooleanField("covered", a.language().covered());
                json.writeStringField("how", a.language().reason());
                json.writeEndObject();
                writePrecedents(text, a);
                if (disclosure) {
                    json.writeStringField("disclosure", disclosed);
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writePrecedents(String text, Assessment a) throws IOException {
            if (built == null) {
                built = precedents.get();
            }
            json.writeArrayFieldStart("precedents");
            for (Precedents.Match match : built.nearest(text, a, PRECEDENTS)) {
                json.writeStartObject();
                json.writeStringField("id", match.precedent().id());
                json.writeStringField("text", match.precedent().text());
                json.writeStringField("lang", match.precedent().lang());
                json.writeNumberField("label", match.precedent().label());
                json.writeStringField("label_name", match.precedent().labelName());
                json.writeStringField("reaction", match.precedent().reaction());
                json.writeStringField("source", match.precedent().source());
                json.writeNumberField("similarity", Math.round(match.similarity() * 100) / 100.0);
                json.writeStringField("shared", String.join(", ", match.shared()));
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        @Override
        public void close() {
            try {
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
