package dev.tact.store.files;

import static dev.tact.store.StoreFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("solo-file")
class LabelledFileTest {
    @TempDir
    Path dir;

    @Test
    void readsSemicolonsCapitalsAndAFileWithoutAFinalLineEnd() throws Exception {
        Path file = write(dir, "labels.csv", "ID;Text;Label;Lang\nx1;Hi, you;2;NULL");

        LabelledFile.Line line = LabelledFile.read(ImportSource.ofFile(file)).get(0);

        assertEquals(new LabelledFile.Line(2, "x1", "Hi, you", 2, "", "", ""), line);
    }

    @Test
    void aDirectoryIsNamedAsOne() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("corpus"));

        ImportFailedException failure = assertThrows(ImportFailedException.class,
            () -> LabelledFile.read(ImportSource.ofFile(folder)));

        assertEquals(folder + ": cannot be read: is a directory", failure.problems().get(0).toString());
    }
}
