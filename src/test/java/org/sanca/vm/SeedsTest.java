package org.sanca.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The seed programs (tests/python/seeds) print exactly CPython 3.11's output (their .out files). */
class SeedsTest {
    @TestFactory
    Stream<DynamicTest> seeds() throws IOException {
        Path dir = Path.of("tests/python/seeds");
        return Files.list(dir).filter(p -> p.toString().endsWith(".py")).sorted().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString(), () -> {
                    String expected = Files.readString(Path.of(p.toString().replace(".py", ".out")));
                    assertEquals(expected, VmTestSupport.run(Files.readString(p)));
                }));
    }
}
