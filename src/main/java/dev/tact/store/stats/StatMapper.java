package dev.tact.store.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Stat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.OptionalLong;

/** Reads a {@link Stat} from a row with the stat table's columns. */
public final class StatMapper {
    public static final String COLUMNS = "s.id, s.description, s.cohort_size, s.base_size, s.period, s.source, s.dims";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DIMS = new TypeReference<>() { };

    private StatMapper() {
    }

    /** Maps the {@link #COLUMNS}, starting at the given 1-based column. */
    public static Stat read(ResultSet row, int first) throws SQLException {
        long base = row.getLong(first + 3);
        OptionalLong baseSize = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(base);
        return new Stat(row.getString(first), row.getString(first + 1), row.getLong(first + 2), baseSize,
            row.getString(first + 4), row.getString(first + 5), dims(row.getString(first + 6)));
    }

    private static Map<String, String> dims(String json) throws SQLException {
        try {
            return JSON.readValue(json, DIMS);
        } catch (JsonProcessingException e) {
            throw new SQLException("stat dims are not a JSON object of strings: " + json, e);
        }
    }
}
