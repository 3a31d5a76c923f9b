package dev.tact.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tact.core.Checkpoint;
import dev.tact.core.Decision;
import dev.tact.core.ReviewerEntry;
import dev.tact.store.trail.RecordSignatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Re-checks the record a PDF report embeds ({@code tact-record.json}) from the file alone, with no
 * database: each decision's hash against its own fields, its link to the decision before it in
 * the ledger, the ledger's links up to the chain head, its Ed25519 signature by the key the record's
 * registry enrolled for its reviewer, the registry's and the checkpoint's signatures, and the text
 * hash of each line's current version against the decision made on it. Each check is one method; the first failure is named.
 */
public final class EmbeddedRecordVerifier {

    /**
     * @param decisions  how many decisions were checked
     * @param head       the chain head the record states, empty when it could not be read
     * @param problem    the first thing that does not verify, as a sentence; empty when all do
     * @param decisionId the decision it concerns, 0 when it concerns the file, the chain or a line
     */
    public record Result(long decisions, String head, Optional<String> problem, long decisionId) {
        public boolean verified() {
            return problem.isEmpty();
        }

        static Result failed(long decisions, String problem, long decisionId) {
            return new Result(decisions, "", Optional.of(problem), decisionId);
        }
    }

    /** The file cannot be checked at all: it is not a PDF, or carries no record, or an unreadable one. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    public Result verify(Path pdf) {
        try {
            JsonNode record = record(pdf);
            List<Decision> decisions = new ArrayList<>();
            for (JsonNode node : array(record, "decisions")) {
                Optional<String> problem = checkReadable(node, decisions.size() + 1L);
                if (problem.isPresent()) {
                    return Result.failed(decisions.size(), problem.get(), node.path("id").asLong());
                }
                decisions.add(RecordJson.decision(node));
            }
            return verify(record, decisions);
        } catch (Unreadable e) {
            return Result.failed(0, e.getMessage(), 0);
        } catch (JsonProcessingException e) {
            return Result.failed(0, "the embedded record of " + pdf + " is not a Tact record: "
                + e.getOriginalMessage(), 0);
        }
    }

    private Result verify(JsonNode record, List<Decision> decisions) throws Unreadable {
        Map<Long, String> chain = chain(record);
        Decision.Head head = new Decision.Head(record.path("chainHead").path("id").asLong(),
            record.path("chainHead").path("hash").asText());
        Optional<String> chainProblem = checkChain(chain, head);
        if (chainProblem.isPresent()) {
            return Result.failed(0, chainProblem.get(), 0);
        }
        RecordSignatures signatures = new RecordSignatures(reviewers(record));
        Optional<Checkpoint> checkpoint = checkpoint(record);
        Optional<String> registryProblem = signatures.checkRegistry()
            .or(() -> checkpoint.flatMap(seen -> signatures.checkCheckpoint(seen, chain)));
        if (registryProblem.isPresent()) {
            return Result.failed(0, registryProblem.get(), 0);
        }
        long previousId = 0;
        for (Decision decision : decisions) {
            Optional<String> problem = checkOrder(decision, previousId)
                .or(() -> checkHash(decision))
                .or(() -> checkLink(decision, chain))
                .or(() -> signatures.checkDecision(decision, where(decision)));
            if (problem.isPresent()) {
                return Result.failed(decisions.indexOf(decision), problem.get(), decision.id());
            }
            previousId = decision.id();
        }
        Optional<String> lineProblem = checkLines(array(record, "lines"), decisions);
        return new Result(decisions.size(), head.hash(), lineProblem, 0);
    }

    /** A decision whose fields this version of Tact cannot read cannot have its hash recomputed. */
    Optional<String> checkReadable(JsonNode node, long position) {
        try {
            RecordJson.decision(node);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("decision " + node.path("id").asText("number " + position)
                + " cannot be read from the record: " + e.getOriginalMessage());
        }
    }

    /** Decisions are recorded oldest first, each once. */
    Optional<String> checkOrder(Decision decision, long previousId) {
        return decision.id() > previousId ? Optional.empty() : Optional.of(where(decision)
            + ": it comes after decision " + previousId + " in the record; decisions were reordered or repeated");
    }

    /** The hash over the previous hash and the decision's own fields is the hash it carries. */
    Optional<String> checkHash(Decision decision) {
        return decision.expectedHash(decision.previousHash()).equals(decision.hash()) ? Optional.empty()
            : Optional.of(where(decision) + ": its hash does not match its contents; the record was changed after"
            + " the decision was made");
    }

    /** The decision sits in the ledger's chain: the hash before it is its previous hash, its own is its hash. */
    Optional<String> checkLink(Decision decision, Map<Long, String> chain) {
        String before = decision.id() == 1 ? Decision.GENESIS : chain.get(decision.id() - 1);
        if (!decision.previousHash().equals(before)) {
            return Optional.of(where(decision) + ": it does not link to decision " + (decision.id() - 1)
                + " before it; the chain was cut or reordered");
        }
        if (!decision.hash().equals(chain.get(decision.id()))) {
            return Optional.of(where(decision) + ": it is not the decision the chain holds at number "
                + decision.id());
        }
        return Optional.empty();
    }

    /** The chain's links run 1, 2, … without a gap and end at the chain head. */
    Optional<String> checkChain(Map<Long, String> chain, Decision.Head head) {
        for (long id = 1; id <= chain.size(); id++) {
            if (!chain.containsKey(id)) {
                return Optional.of("the record's chain has no decision " + id + "; a decision was removed");
            }
        }
        String last = chain.isEmpty() ? Decision.GENESIS : chain.get((long) chain.size());
        if (head.id() != chain.size() || !head.hash().equals(last)) {
            return Optional.of("the record's chain ends at decision " + chain.size() + ", not at the chain head "
                + head.id() + " it states");
        }
        return Optional.empty();
    }

    /** Each line's text has the hash stated, and a decision on its current version was made on that text. */
    Optional<String> checkLines(List<JsonNode> lines, List<Decision> decisions) {
        for (JsonNode line : lines) {
            String id = line.path("id").asText();
            String hash = line.path("textSha256").asText();
            if (!Decision.sha256(line.path("text").asText()).equals(hash)) {
                return Optional.of("line " + id + ": its text does not match its text hash in the record");
            }
            for (Decision decision : decisions) {
                if (decision.lineId().equals(id) && decision.lineVersion() == line.path("version").asInt()
                    && !decision.textSha256().equals(hash)) {
                    return Optional.of(where(decision) + ": it was made on another text than version "
                        + decision.lineVersion() + " of line " + id + " in the record");
                }
            }
        }
        return Optional.empty();
    }

    private static String where(Decision decision) {
        return "decision " + decision.id() + " (line " + decision.lineId() + ", " + decision.verdict().code()
            + " by " + decision.reviewer() + " at " + decision.decidedAt() + ")";
    }

    private static JsonNode record(Path pdf) throws Unreadable, JsonProcessingException {
        if (!Files.isRegularFile(pdf)) {
            throw new Unreadable("there is no file at " + pdf);
        }
        byte[] json;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            json = PdfArchive.extract(document, CampaignRecord.FILE_NAME).orElseThrow(() -> new Unreadable(pdf
                + " carries no embedded record (" + CampaignRecord.FILE_NAME + "): it is not a sign-off report"
                + " exported by this version of Tact, or the record was removed"));
        } catch (IOException e) {
            throw new Unreadable(pdf + " is not a PDF that can be read: " + e.getMessage());
        }
        JsonNode record = RecordJson.tree(json);
        if (record.path("format").asInt() != CampaignRecord.FORMAT) {
            throw new Unreadable("the embedded record of " + pdf + " is not a Tact record of format "
                + CampaignRecord.FORMAT);
        }
        return record;
    }

    private static List<ReviewerEntry> reviewers(JsonNode record) throws Unreadable {
        List<ReviewerEntry> entries = new ArrayList<>();
        for (JsonNode node : array(record, "reviewers")) {
            try {
                entries.add(RecordJson.entry(node));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new Unreadable("a reviewer entry of the embedded record cannot be read: " + e.getMessage());
            }
        }
        return entries;
    }

    private static Optional<Checkpoint> checkpoint(JsonNode record) throws Unreadable {
        JsonNode node = record.path("checkpoint");
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordJson.checkpoint(node));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Unreadable("the embedded record's checkpoint cannot be read: " + e.getMessage());
        }
    }

    private static Map<Long, String> chain(JsonNode record) throws Unreadable {
        Map<Long, String> chain = new HashMap<>();
        for (JsonNode link : array(record, "chain")) {
            chain.put(link.path("id").asLong(), link.path("hash").asText());
        }
        return chain;
    }

    private static List<JsonNode> array(JsonNode record, String name) throws Unreadable {
        JsonNode node = record.path(name);
        if (!node.isArray()) {
            throw new Unreadable("the embedded record has no list of " + name);
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }
}
