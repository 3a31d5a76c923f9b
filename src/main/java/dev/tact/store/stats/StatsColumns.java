package dev.tact.store.stats;
import dev.tact.store.files.ImportProblems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where each column of a stats CSV is, checked against the import format. */
final class StatsColumns {
    static final String DIMENSION_PREFIX = "dim_";
    private static final List<String> REQUIRED = List.of("id", "description", "cohort_size");
    private static final List<String> OPTIONAL = List.of("base_size", "period", "source");
    private static final Pattern DIMENSION_NAME = Pattern.compile("dim_[a-z0-9_]+");

    /** A dim_* column: the dimension's name without the prefix, and the column's index. */
    record Dimension(String name, int index) {
    }

    private final List<String> names;
    private final Map<String, Integer> index;
    private final List<Dimension> dimensions;

    private StatsColumns(List<String> names, Map<String, Integer> index, List<Dimension> dimensions) {
        this.names = List.copyOf(names);
        this.index = Map.copyOf(index);
        this.dimensions = List.copyOf(dimensions);
    }

    /** Whether a lower-case header name belongs to the format: a sign of the file's delimiter. */
    static boolean isKnown(String name) {
        return REQUIRED.contains(name) || OPTIONAL.contains(name) || DIMENSION_NAME.matcher(name).matches();
    }

    /**
     * Reads the header, names in any case (spreadsheets capitalise them); returns empty (with
     * problems recorded) when rows cannot be interpreted.
     */
    static Optional<StatsColumns> of(List<String> original, ImportProblems problems) {
        List<String> header = original.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> index = new HashMap<>();
        List<Dimension> dimensions = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (index.putIfAbsent(name, i) != null) {
                problems.add(1, i + 1, name, "duplicate column: already column " + (index.get(name) + 1));
                valid = false;
            } else if (DIMENSION_NAME.matcher(name).matches()) {
                dimensions.add(new Dimension(name.substring(DIMENSION_PREFIX.length()), i));
            } else if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(1, i + 1, original.get(i), "unknown column: expected one of " + String.join(", ", REQUIRED)
                    + ", " + String.join(", ", OPTIONAL) + " or dim_<name> (lower case, digits, _)");
                valid = false;
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                problems.add(1, 0, "", "missing required column \"" + required + "\" (the header has: "
                    + String.join(", ", original) + ")");
                valid = false;
            }
        }
        dimensions.sort(java.util.Comparator.comparing(Dimension::name));
        return valid ? Optional.of(new StatsColumns(header, index, dimensions)) : Optional.empty();
    }

    int count() {
        return names.size();
    }

    String name(int column) {
        return names.get(column);
    }

    /** Index of a column, or -1 when the file does not have it. */
    int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    /** The dim_* columns, sorted by dimension name. */
    List<Dimension> dimensions() {
        return dimensions;
    }
}
