package dev.tact.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@org.junit.jupiter.api.Tag("solo-file")
class DatabaseLocationTest {

    @ParameterizedTest(name = "{0}, --db={1}, TACT_DB={2}, XDG_DATA_HOME={3}, APPDATA={4}")
    @CsvSource(textBlock = """
        Linux,      /tmp/flag.db, /tmp/env.db, ,             ,             /tmp/flag.db
        Linux,      ,             /tmp/env.db, ,             ,             /tmp/env.db
        Linux,      ,             ,            ,             ,             /home/ana/.local/share/tact/tact.db
        Linux,      ,             ,            /data/xdg,    ,             /data/xdg/tact/tact.db
        Mac OS X,   ,             ,            ,             ,             /home/ana/Library/Application Support/Tact/tact.db
        Windows 11, ,             ,            ,             /c/Roaming,   /c/Roaming/Tact/tact.db
        """)
    void resolvesTheFlagThenTheVariableThenThePlatformDirectory(String os, String flag, String tactDb, String xdg,
                                                               String appData, String expected) {
        Map<String, String> environment = new HashMap<>();
        put(environment, "TACT_DB", tactDb);
        put(environment, "XDG_DATA_HOME", xdg);
        put(environment, "APPDATA", appData);
        DatabaseLocation location = new DatabaseLocation(environment, os, Path.of("/home/ana"));

        assertEquals(Path.of(expected), location.resolve(Optional.ofNullable(flag).map(Path::of)));
    }

    private static void put(Map<String, String> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }
}
