package dev.tact.store.stats;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;

import dev.tact.core.Stat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The broader cohorts of a stat in the lattice of DESIGN.md: stats with the same source whose
 * non-empty dimensions are a strict subset of its own, with equal values. Each subset is one
 * probe of the (source, dims) index, so a stat with k dimensions costs at most 2^k − 1 lookups.
 */
public final class Generalizations {
    private static final int MAX_DIMENSIONS = 10;

    private Generalizations() {
    }

    /** Every generalization of the stat, in no particular order. */
    public static List<Stat> of(Database database, Stat stat) {
        try (Connection connection = database.connect()) {
            // On a server the index is never dropped, and only the schema's owner may create one.
            if (database.dialect().dropsIndexesForBulkLoad()) {
                ensureIndex(connection);
            }
            return of(connection, stat);
        } catch (SQLException e) {
            throw new StoreException("Could not read the generalizations of " + stat.id() + ": " + e.getMessage(), e);
        }
    }

    private static List<Stat> of(Connection connection, Stat stat) throws SQLException {
        List<Map.Entry<String, String>> dims = new ArrayList<>(stat.dimensions().entrySet());
        if (dims.size() > MAX_DIMENSIONS) {
            dims = dims.subList(0, MAX_DIMENSIONS);
        }
        List<Stat> broader = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + StatMapper.COLUMNS
            + " FROM stat s WHERE s.source = ? AND s.dims = ? AND s.id <> ?")) {
            int all = (1 << dims.size()) - 1;
            for (int mask = 0; mask < all; mask++) {
                TreeMap<String, String> subset = new TreeMap<>();
                for (int bit = 0; bit < dims.size(); bit++) {
                    if ((mask & (1 << bit)) != 0) {
                        subset.put(dims.get(bit).getKey(), dims.get(bit).getValue());
                    }
                }
                query.setString(1, stat.source());
                query.setString(2, StatRowParser.dimsJson(subset));
                query.setString(3, stat.id());
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        broader.add(StatMapper.read(row, 1));
                    }
                }
            }
        }
        return broader;
    }

    /** Large imports drop the index; the first lookup after one builds it again. */
    private static void ensureIndex(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("CREATE INDEX IF NOT EXISTS stat_by_source_dims ON stat (source, dims)");
        }
    }
}
