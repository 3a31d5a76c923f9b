package dev.tact.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tact.core.Decision;

/**
 * The embedded record as JSON. Records are written component by component, so a decision carries
 * every field of {@link Decision}; reading is strict: a field this version does not know, or one
 * it expects and does not find, is an error rather than a quiet default.
 */
final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RecordJson() {
    }

    static byte[] write(CampaignRecord record) {
        try {
            return MAPPER.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a campaign record always serializes: " + e.getMessage(), e);
        }
    }

    static JsonNode tree(byte[] json) throws JsonProcessingException {
        return MAPPER.readTree(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    static Decision decision(JsonNode node) throws JsonProcessingException {
        return MAPPER.treeToValue(node, Decision.class);
    }

    static dev.tact.core.ReviewerEntry entry(JsonNode node) throws JsonProcessingException {
        return MAPPER.treeToValue(node, dev.tact.core.ReviewerEntry.class);
    }

    static dev.tact.core.Checkpoint checkpoint(JsonNode node) throws JsonProcessingException {
        return MAPPER.treeToValue(node, dev.tact.core.Checkpoint.class);
    }
}
