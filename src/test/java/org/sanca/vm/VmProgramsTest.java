package org.sanca.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The vm's own programs (src/test/resources/org/sanca/vm/programs): each prints what python3
 * printed into its .out file.
 */
class VmProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() throws IOException, URISyntaxException {
        Path dir = Path.of(VmProgramsTest.class.getResource("programs").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".py")).sorted().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString(), () -> {
                    String expected = Files.readString(Path.of(p.toString().replace(".py", ".out")));
                    assertEquals(expected, VmTestSupport.run(Files.readString(p)));
                }));
    }
}
