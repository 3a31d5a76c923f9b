package dev.tact.ui.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.db.DatabaseAddress;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Connect checks the URL as --db does, remembers a server, and forgets it for the local file. */
class ConnectViewModelTest {
    private final DatabaseAddress localFile = new DatabaseAddress.File(Path.of("/home/ana/.local/share/tact/tact.db"));
    private Optional<String> remembered = Optional.empty();
    private final StoreChoice choice = new StoreChoice() {
        @Override
        public Optional<String> remembered() {
            return remembered;
        }

        @Override
        public void remember(String serverUrl) {
            remembered = Optional.of(serverUrl);
        }

        @Override
        public void forget() {
            remembered = Optional.empty();
        }
    };

    @Test
    void aUrlWithoutADatabaseNameIsRefusedWithTheParsersSentenceAndNothingIsRemembered() {
        ConnectViewModel model = new ConnectViewModel(choice, localFile, "");
        model.urlProperty().set("postgresql://rita@db.example.com");

        assertEquals(Optional.empty(), model.connect());
        assertEquals("The server address postgresql://rita@db.example.com needs a host and a database name: write it"
            + " as postgresql://user@host:5432/database.", model.errorProperty().get());
        assertEquals(Optional.empty(), remembered);

        model.urlProperty().set("postgresql://rita@db.example.com/tact");
        assertEquals("", model.errorProperty().get(), "typing clears the refusal");
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        ConnectViewModel model = new ConnectViewModel(choice, localFile, "postgresql://rita:secret@db.example.com/tact");

        assertEquals(Optional.empty(), model.connect());
        assertEquals("The server address postgresql://rita:***@db.example.com/tact holds a password: put it in"
            + " ~/.pgpass (or PGPASSWORD) instead, so it is not kept in shell history or the desk's settings.",
            model.errorProperty().get());
    }

    @Test
    void aFilePathIsNotAServer() {
        ConnectViewModel model = new ConnectViewModel(choice, localFile, "/tmp/other.db");

        assertEquals(Optional.empty(), model.connect());
        assertEquals(ConnectViewModel.NOT_A_SERVER, model.errorProperty().get());
    }

    @Test
    void aServerIsRememberedAsShownWithoutTheJdbcPrefix() {
        ConnectViewModel model = new ConnectViewModel(choice, localFile, " jdbc:postgresql://rita@db.example.com:5433/tact ");

        DatabaseAddress address = model.connect().orElseThrow();

        assertEquals("postgresql://rita@db.example.com:5433/tact", address.display());
        assertEquals(Optional.of("postgresql://rita@db.example.com:5433/tact"), remembered);
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void theLocalFileForgetsTheServer() {
        remembered = Optional.of("postgresql://rita@db.example.com/tact");
        ConnectViewModel model = new ConnectViewModel(choice, localFile, "");

        assertEquals(localFile, model.useLocalFile());
        assertEquals(Optional.empty(), remembered);
    }
}
