package dev.tact.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled case of the bundled corpus ({@code resources/corpus/corpus.csv}): a line written by the
 * team, modeled on a documented public case, with its label by the rubric in
 * {@code shared/data/README.md} and the evidence for it.
 *
 * @param id       case id, e.g. {@code pol-012}
 * @param text     the line
 * @param lang     ISO 639-1 code of its language
 * @param label    3 block, 2 judgment, 1 trend
 * @param family   the brand, campaign or policy it comes from (the unit of the calibration/held-out split)
 * @param source   where the case is documented
 * @param reaction the evidence for the label, in a few words
 * @param split    {@code calibration} (the score was tuned on it) or {@code held-out} (never looked at
 *                 while tuning)
 */
public record CorpusCase(String id, String text, String lang, int label, String family, String source,
                         String reaction, String split) {
    public static final String RESOURCE = "/corpus/corpus.csv";

    public CorpusCase {
        if (label < 1 || label > 3) {
            throw new IllegalArgumentException("a corpus label is 1, 2 or 3: " + id + " has " + label);
        }
    }

    /** The label's name: block, judgment or trend. */
    public String labelName() {
        return switch (label) {
            case 3 -> "block";
            case 2 -> "judgment";
            default -> "trend";
        };
    }

    /** The bundled corpus, in file order. */
    public static List<CorpusCase> bundled() {
        try (InputStream in = CorpusCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled corpus " + RESOURCE + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled corpus cannot be read", e);
        }
    }

    static List<CorpusCase> read(Reader reader) throws IOException {
        List<CorpusCase> cases = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(reader)) {
            cases.add(new CorpusCase(row.get("id"), row.get("text"), row.get("lang"),
                Integer.parseInt(row.get("label").strip()), row.get("family"), row.get("source"), row.get("reaction"),
                row.get("split")));
        }
        return List.copyOf(cases);
    }
}
