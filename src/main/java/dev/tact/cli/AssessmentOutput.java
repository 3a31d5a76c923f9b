package dev.tact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.Factor;
import dev.tact.core.Stat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes assessments as they come, one record per line of copy: CSV or a JSON array. */
interface AssessmentOutput extends AutoCloseable {
    String[] COLUMNS = {"id", "score", "band", "cohort_size", "specificity", "sensitivity", "address", "tone",
        "stat_id", "reasons"};

    void write(String id, Assessment assessment);

    @Override
    void close();

    static AssessmentOutput of(String format, PrintWriter out) {
        return format.equalsIgnoreCase("json") ? new Json(out) : new Csv(out);
    }

    private static String factor(Assessment assessment, Factor.Name name) {
        return String.format(Locale.ROOT, "%.2f", assessment.factor(name).value());
    }

    /** CSV with a header row, RFC 4180 quoting. */
    final class Csv implements AssessmentOutput {
        private final CSVPrinter printer;

        Csv(PrintWriter out) {
            try {
                this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                    .setHeader(COLUMNS).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(String id, Assessment a) {
            try {
                printer.printRecord(id, a.score(), a.band().code(),
                    a.cohort().map(c -> Long.toString(c.size())).orElse(""),
                    factor(a, Factor.Name.SPECIFICITY), factor(a, Factor.Name.SENSITIVITY),
                    factor(a, Factor.Name.ADDRESS), factor(a, Factor.Name.TONE),
                    a.cohort().flatMap(BoundCohort::stat).map(Stat::id).orElse(""), String.join("; ", a.reasons()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A JSON array of objects with the CSV's columns (numbers as numbers, reasons as an array). */
    final class Json implements AssessmentOutput {
        private final JsonGenerator json;

        Json(PrintWriter out) {
            try {
                this.json = new JsonFactory().createGenerator(out);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(String id, Assessment a) {
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
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
