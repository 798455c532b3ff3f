package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
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
        try (InputStream input = Files.newInputStream(file)) {
            XMLStreamReader xml = secureFactory().createXMLStreamReader(input);
            Map<String, String> header = new LinkedHashMap<>();
            Map<String, String> group = null;
            String groupTable = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new LocalImportFailure(
                            file.getFileName() + " line " + xml.getLocation().getLineNumber()
                                    + ": declares a DTD (<!DOCTYPE>), which DfE's return never has; its entities are never"
                                    + " expanded and the file is not read");
                }
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
        } catch (XMLStreamException e) {
            throw new LocalImportFailure(file.getFileName()
                    + (e.getLocation() == null ? "" : " line " + e.getLocation().getLineNumber())
                    + ": not well-formed XML: "
                    + e.getMessage().replaceFirst("(?s).*Message: ", "").strip());
        } finally {
            for (DuckDBAppender appender : appenders.values()) {
                appender.close();
            }
        }
    }

    /**
     * The one place XML input is parsed in the pipeline: no DTD and no external entities, so an entity
     * is never expanded and no other file or address is ever read. (POI parses workbooks' XML with its
     * own parsers, configured the same way.)
     */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
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
