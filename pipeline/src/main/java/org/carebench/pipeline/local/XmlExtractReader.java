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
import org.carebench.pipeline.definition.ExtractDefinition;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads DfE's XML return (CLA.xsd) into the same staging tables as the CSV tables, streaming, so an
 * extract of any size reads in constant memory. The element names, and which table each element's
 * items go to, are those of the {@code xml} section of {@code jobs/local/ssda903.yml}.
 */
final class XmlExtractReader {

    private final ExtractDefinition spec;
    private final ExtractDefinition.Xml names;
    private final Map<String, DuckDBAppender> appenders = new HashMap<>();

    XmlExtractReader(ExtractDefinition spec) {
        this.spec = spec;
        this.names = spec.xml();
    }

    void read(Path file, DuckDBConnection connection) throws IOException, SQLException, XMLStreamException {
        for (ExtractDefinition.Table table : spec.tables().values()) {
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
                    if (name.equals(names.child())) {
                        header.clear();
                    } else if (names.groups().containsKey(name)) {
                        groupTable = names.groups().get(name);
                        group = new LinkedHashMap<>();
                    } else if (!name.equals(names.header()) && !name.equals(names.root())) {
                        String value = xml.getElementText().strip();
                        (group != null ? group : header)
                                .put(names.renamed().getOrDefault(name, name), value.isEmpty() ? null : value);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (names.groups().containsKey(name)) {
                        for (String item : names.carried()) {
                            group.put(item, header.get(item));
                        }
                        append(groupTable, group);
                        group = null;
                    } else if (name.equals(names.header())) {
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

    /** The header's inline items are the rows of the inline tables (UASC, AD1, OC3) for a child who has them. */
    private void appendHeader(Map<String, String> header) throws SQLException {
        append(names.headerTable(), header);
        for (String table : names.inline()) {
            if (header.get(spec.table(table).detect()) != null) {
                append(table, header);
            }
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
