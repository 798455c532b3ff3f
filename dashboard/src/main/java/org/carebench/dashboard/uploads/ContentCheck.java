package org.carebench.dashboard.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * What a file is, judged by its bytes, not its name: a name is typed by anyone, and the pipeline picks
 * its reader by the name, so a workbook called {@code .csv} or a program called {@code .xlsx} is
 * refused here, naming the file and what its content really is.
 */
final class ContentCheck {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int BUFFER = 64 * 1024;

    private ContentCheck() {}

    /** Refuses the file unless its content is what its extension (csv, xlsx or xml) says. */
    static void check(Path file, String name) throws IOException {
        String claimed = SafeFileName.extension(name);
        if (!claimed.equals("csv") && !claimed.equals("xlsx") && !claimed.equals("xml")) {
            throw new UploadRefusedException(
                    name + ": only CSV files, Excel workbooks (.xlsx) and XML returns are imported");
        }
        String actual = kind(file);
        if (!actual.equals(claimed)) {
            throw new UploadRefusedException(
                    name + ": its name says " + claimed.toUpperCase() + " but its content is " + describe(actual));
        }
    }

    /** csv, xlsx, xml, or a short description of anything else. */
    static String kind(Path file) throws IOException {
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(start, 0, 4);
            if (read == 4 && java.util.Arrays.equals(start, ZIP)) {
                return workbook(file) ? "xlsx" : "zip";
            }
        }
        String text = utf8Start(file);
        if (text == null) {
            return "binary";
        }
        return text.stripLeading().startsWith("<") ? "xml" : "csv";
    }

    private static boolean workbook(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first characters of the file, if the whole file is UTF-8 text without NUL bytes; else null. */
    private static String utf8Start(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        String start = null;
        try (var channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                for (int i = bytes.position(); i < bytes.limit(); i++) {
                    if (bytes.get(i) == 0) {
                        return null;
                    }
                }
                if (decoder.decode(bytes, chars, end).isError()) {
                    return null;
                }
                if (start == null) {
                    start = chars.flip().toString().replace("\uFEFF", "");
                }
                chars.clear();
                bytes.compact();
            }
            if (decoder.flush(chars).isError()) {
                return null;
            }
        } catch (CharacterCodingException e) {
            return null;
        }
        return start == null ? "" : start;
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "xlsx" -> "an Excel workbook";
            case "zip" -> "a zip archive that is not an Excel workbook";
            case "xml" -> "XML";
            case "csv" -> "plain text (CSV)";
            default -> "binary data, not text (and not an Excel workbook)";
        };
    }
}
