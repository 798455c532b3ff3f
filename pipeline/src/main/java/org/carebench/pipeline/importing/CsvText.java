package org.carebench.pipeline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, in one streaming pass before a CSV is read, that it is UTF-8 text: no UTF-16 byte-order
 * mark, no byte that is not UTF-8, no NUL. DuckDB would otherwise stop with a vague error or keep a
 * NUL inside a value; this names the line and says how to save the file.
 */
final class CsvText {

    private static final String SAVE_AS = "save it from Excel as 'CSV UTF-8 (Comma delimited)' and import it again";

    private CsvText() {}

    static void requireUtf8(Path file) throws IOException {
        String name = file.getFileName().toString();
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        boolean first = true;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0)).flip();
                if (first && utf16(bytes)) {
                    throw new ImportFailure(name + ": the file is UTF-16 text, not UTF-8; " + SAVE_AS);
                }
                first = false;
                CoderResult result = decoder.decode(bytes, chars, end);
                line = countLines(name, chars.flip(), line);
                chars.clear();
                if (result.isError()) {
                    throw new ImportFailure(name + " line " + line + ": not UTF-8 text (byte 0x"
                            + String.format("%02X", bytes.get(bytes.position()) & 0xFF)
                            + ", perhaps Windows-1252 or Latin-1); " + SAVE_AS);
                }
                bytes.compact();
                if (end) {
                    return;
                }
            }
        }
    }

    /** Counts the lines decoded so far, stopping at a NUL. */
    private static long countLines(String name, CharBuffer chars, long line) {
        long lines = line;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\0') {
                throw new ImportFailure(
                        name + " line " + lines + ": holds a NUL byte, so it is not a text file; " + SAVE_AS);
            }
            lines += c == '\n' ? 1 : 0;
        }
        return lines;
    }

    private static boolean utf16(ByteBuffer bytes) {
        if (bytes.remaining() < 2) {
            return false;
        }
        int a = bytes.get(0) & 0xFF;
        int b = bytes.get(1) & 0xFF;
        return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF);
    }
}
