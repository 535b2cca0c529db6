package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random short sources, in every input mode, never make the tokenizer or the literal
 * decoder throw anything but their own exceptions, nor loop: bad input is a SyntaxError.
 */
class TokenizerRobustnessTest {
    private static final byte[] ALPHABET = "'\"\\\n\r\t\f ()[]{}0123456789xXoObBeEjJ._#abcrfuRFUB+-*/<>=!:;,@é€"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void randomSourcesRaiseOnlySyntaxErrors() {
        Random random = new Random(2026);
        for (int n = 0; n < 20_000; n++) {
            byte[] src = new byte[random.nextInt(30)];
            for (int i = 0; i < src.length; i++) {
                src[i] = random.nextInt(10) == 0 ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
            }
            for (int mode = 0; mode < 3; mode++) {
                try {
                    tokenizeAll(mode == 0 ? new Tokenizer(src, "f") : mode == 1 ? new Tokenizer(src, "f", false)
                            : Tokenizer.forFile(src, "f"), src.length);
                } catch (SyntaxErrorException e) {
                    assertTrue(e.msg != null && !e.msg.isEmpty());
                } catch (RuntimeException e) {
                    fail("mode " + mode + ", source " + HexFormat.of().formatHex(src), e);
                }
            }
        }
    }

    private static void tokenizeAll(Tokenizer t, int length) {
        int count = 0;
        for (Token tok = t.next(); tok.type() != TokenType.ENDMARKER; tok = t.next()) {
            assertTrue(++count <= 2 * length + 2, "too many tokens: a loop");
            try {
                if (tok.type() == TokenType.STRING && !Literals.splitString(tok.string()).fstring()) {
                    Literals.parseString(tok.string(), warning -> { });
                } else if (tok.type() == TokenType.NUMBER) {
                    Literals.parseNumber(tok.string());
                }
            } catch (Literals.LiteralException e) {
                assertTrue(e.getMessage() != null);
            }
        }
        t.checkRestForErrors(1);
    }
}
