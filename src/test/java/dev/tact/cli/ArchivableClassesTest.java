package dev.tact.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The libraries a CLI start loads are class files a class-data-sharing archive can hold: version 50
 * (Java 6) or later. Older ones are left out of the archive ("Pre JDK 6 class not supported by CDS")
 * and parsed and verified on every start, as picocli's published Java 5 jar was (ADR 0012,
 * "picocli in the archive"; pom.xml compiles picocli from its sources for that reason).
 */
class ArchivableClassesTest {
    private static final int JAVA_6 = 50;

    @ParameterizedTest
    @ValueSource(strings = {"picocli.CommandLine", "picocli.CommandLine$Model$CommandSpec",
        "com.fasterxml.jackson.core.JsonFactory", "org.sqlite.JDBC", "org.slf4j.LoggerFactory",
        "org.apache.commons.csv.CSVFormat", "org.flywaydb.core.Flyway"})
    void aClassLoadedAtStartIsOneTheArchiveCanHold(String className) throws IOException {
        int major = majorVersion(className);
        assertTrue(major >= JAVA_6, className + " is class file version " + major + ", which CDS cannot archive");
    }

    private static int majorVersion(String className) throws IOException {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = ArchivableClassesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            byte[] header = in.readNBytes(8);
            return (header[6] & 0xff) << 8 | header[7] & 0xff;
        }
    }
}
