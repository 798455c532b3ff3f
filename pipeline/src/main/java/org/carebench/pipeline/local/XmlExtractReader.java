package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads DfE's XML return (CLA.xsd) into the same staging tables as the CSV tables, streaming, so an
 * extract of any size reads in constant memory. A CHILD holds a HEADER (with the UASC, AD1 and OC3
 * items inline, and repeating groups for reviews, missing, permanence, OC2 and adoption decisions)
 * followed by its EPISODEs.
 */
final class XmlExtractReader {

    private static final Map<String, String> GROUPS = Map.of("AREVIEW", "Reviews", "AMISSING", "Missing",
            "PERMANENCE", "PrevPerm", "OC2", "OC2", "AD_PLACED", "PlacedAdoption", "EPISODE", "Episodes");
    /** The XML calls a few items by other names than the CSV tables do. */
    private static final Map<String, String> RENAMED = Map.of("CHILDID", "CHILD", "PL", "PLACE");

    private final ExtractSpec spec;
    private final Map<String, DuckDBAppender> appenders = new HashMap<>();

    XmlExtractReader(ExtractSpec spec) {
        this.spec = spec;
    }

    void read(Path file, DuckDBConnection connection) throws IOException, SQLException, XMLStreamException {
        for (ExtractSpec.Table table : spec.tables().values()) {
            appenders.put(table.name(), connection.createAppender("memory", "main", table.stagingTable()));
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream input = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(input);
            Map<String, String> header = new LinkedHashMap<>();
            Map<String, String> group = null;
            String groupTable = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("CHILD")) {
                        header.clear();
                    } else if (GROUPS.containsKey(name)) {
                        groupTable = GROUPS.get(name);
                        group = new LinkedHashMap<>();
                    } else if (!name.equals("HEADER") && !name.equals("EXPSSDA903")) {
                        String value = xml.getElementText().strip();
                        (group != null ? group : header).put(RENAMED.getOrDefault(name, name), value.isEmpty() ? null : value);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (GROUPS.containsKey(name)) {
                        group.put("CHILD", header.get("CHILD"));
                        group.put("DOB", header.get("DOB"));
                        append(groupTable, group);
                        group = null;
                    } else if (name.equals("HEADER")) {
                        appendHeader(header);
                    }
                }
            }
            xml.close();
        } finally {
            for (DuckDBAppender appender : appenders.values()) {
                appender.close();
            }
        }
    }

    /** The header's inline items are the rows of UASC, AD1 and OC3 for a child who has them. */
    private void appendHeader(Map<String, String> header) throws SQLException {
        append("Header", header);
        if (header.get("DUC") != null) {
            append("UASC", header);
        }
        if (header.get("DATE_INT") != null) {
            append("AD1", header);
        }
        if (header.get("IN_TOUCH") != null) {
            append("OC3", header);
        }
    }

    private void append(String table, Map<String, String> values) throws SQLException {
        DuckDBAppender appender = appenders.get(table);
        appender.beginRow();
        for (String column : spec.table(table).columns()) {
            String value = values.get(column);
            if (value == null) {
                appender.appendNull();
            } else {
                appender.append(value);
            }
        }
        appender.endRow();
    }
}
