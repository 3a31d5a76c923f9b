package dev.tact.store.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Stat;
import java.sql.ResultSet;
import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Reads a {@link Stat} from a row with the stat table's columns. */
public final class StatMapper {
    public static final String COLUMNS = "s.id, s.description, s.cohort_size, s.base_size, s.period, s.source, s.dims";
    private static final JsonFactory STREAMING = new JsonFactory();

    private StatMapper() {
    }

    /** Maps the {@link #COLUMNS}, starting at the given 1-based column. */
    public static Stat read(ResultSet row, int first) throws SQLException {
        long base = row.getLong(first + 3);
        OptionalLong baseSize = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(base);
        return new Stat(row.getString(first), row.getString(first + 1), row.getLong(first + 2), baseSize,
            row.getString(first + 4), row.getString(first + 5), dims(row.getString(first + 6)));
    }

    // A flat object of strings read with the streaming parser: data binding a map for every row was
    // a large part of the cost of reading stats when scoring against a large table
    // (src/site/decisions/0011-where-the-time-goes.md). Anything else goes to data binding.
    static Map<String, String> dims(String json) throws SQLException {
        Map<String, String> plain = plain(json);
        if (plain != null) {
            return plain;
        }
        try (JsonParser parser = STREAMING.createParser(json)) {
            Map<String, String> dims = new HashMap<>();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return bound(json);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING || dims.containsKey(name)) {
                    return bound(json);
                }
                dims.put(name, parser.getText());
            }
            return parser.nextToken() == null ? dims : bound(json);
        } catch (IOException e) {
            return bound(json);
        }
    }

    // Dims as Tact writes them, {"name":"value",...} with no space and, for plain text, no escape, read
    // by a scan: even the streaming parser was a tenth of reading a row. Null for anything else
    // (spaces, escapes, control characters, other values, a repeated name), which the parser reads.
    private static Map<String, String> plain(String json) {
        int last = json.length() - 1;
        if (last < 1 || json.charAt(0) != '{' || json.charAt(last) != '}') {
            return null;
        }
        Map<String, String> dims = new HashMap<>();
        for (int at = 1; at < last; ) {
            int nameEnd = closingQuote(json, at);
            if (nameEnd < 0 || nameEnd + 1 >= last || json.charAt(nameEnd + 1) != ':') {
                return null;
            }
            int valueEnd = closingQuote(json, nameEnd + 2);
            if (valueEnd < 0 || dims.put(json.substring(at + 1, nameEnd), json.substring(nameEnd + 3, valueEnd)) != null) {
                return null;
            }
            at = valueEnd + 1;
            if (at < last && (json.charAt(at) != ',' || at + 1 == last)) {
                return null;
            }
            at += at < last ? 1 : 0;
        }
        return dims;
    }

    // Where the string opening at `from` closes, or -1 when it does not open there, holds an escape or
    // a control character, or does not close.
    private static int closingQuote(String json, int from) {
        if (from >= json.length() || json.charAt(from) != '"') {
            return -1;
        }
        for (int i = from + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    private static Map<String, String> bound(String json) throws SQLException {
        try {
            Map<String, String> dims = Binding.JSON.readValue(json, Binding.DIMS);
            // Data binding reads JSON null as a null value ({"title":null}, written by hand): no stat
            // has a dimension without a value, and a null would fail later without a word of why.
            if (dims == null || dims.containsValue(null)) {
                throw new SQLException("stat dims are not a JSON object of strings: " + json);
            }
            return dims;
        } catch (JsonProcessingException e) {
            throw new SQLException("stat dims are not a JSON object of strings: " + json, e);
        }
    }

    // Only for dims that are not a flat object of strings (none that Tact writes): it keeps data
    // binding's conversions and messages for them, and is made only if one is met.
    private static final class Binding {
        static final ObjectMapper JSON = new ObjectMapper();
        static final TypeReference<Map<String, String>> DIMS = new TypeReference<>() { };
    }
}
