import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Bench set-up only: marks every line of a CSV (line_id,published_on) published at version 1 in one
 * transaction, straight into the publication table, as `tact publish` does one line at a time.
 *
 *   java -cp target/tact.jar src/bench/PublishAll.java DB published.csv
 */
public class PublishAll {
    public static void main(String[] args) throws Exception {
        List<String> rows = Files.readAllLines(Path.of(args[1]));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO publication (line_id, line_version,"
                + " published_on, published_by, recorded_at) VALUES (?, 1, ?, 'bench', '2026-12-02T00:00:00Z')")) {
                for (String row : rows.subList(1, rows.size())) {
                    String[] fields = row.split(",");
                    insert.setString(1, fields[0]);
                    insert.setString(2, fields[1]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
        System.out.println("published " + (rows.size() - 1) + " lines");
    }
}
