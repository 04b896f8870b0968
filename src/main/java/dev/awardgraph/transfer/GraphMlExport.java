package dev.awardgraph.transfer;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The graph as GraphML 1.0 for Gephi, yEd or networkx: one typed {@code <key>} per property (declared before
 * use), a directed {@code <edge>} per relationship. Node {@code label} is the Neo4j label, edge {@code label} the
 * relationship type; lists are joined with {@code |}.
 */
final class GraphMlExport {

	private GraphMlExport() {
	}

	static String graphMl(GraphSnapshot graph) {
		TableColumns nodeColumns = TableColumns.nodes(graph);
		TableColumns edgeColumns = TableColumns.edges(graph);
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			xml.writeCharacters("\n");
			keys(xml, "node", "n_", nodeColumns, List.of("id"));
			keys(xml, "edge", "e_", edgeColumns, List.of());
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "awardgraph");
			xml.writeAttribute("edgedefault", "directed");
			xml.writeCharacters("\n");
			for (GraphSnapshot.Node node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", Values.xml(node.id()));
				Map<String, Object> values = new HashMap<>(node.properties());
				values.put("label", node.label());
				data(xml, "n_", nodeColumns, values, List.of("id"));
				xml.writeEndElement();
				xml.writeCharacters("\n");
			}
			int i = 0;
			for (GraphSnapshot.Edge edge : graph.edges()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + i++);
				xml.writeAttribute("source", Values.xml(edge.from()));
				xml.writeAttribute("target", Values.xml(edge.to()));
				Map<String, Object> values = new HashMap<>(edge.properties());
				values.put("label", edge.type());
				data(xml, "e_", edgeColumns, values, List.of());
				xml.writeEndElement();
				xml.writeCharacters("\n");
			}
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write GraphML", ex);
		}
		return text.toString();
	}

	private static void keys(XMLStreamWriter xml, String domain, String prefix, TableColumns columns, List<String> skip)
			throws XMLStreamException {
		for (String name : columns.names()) {
			if (skip.contains(name)) {
				continue;
			}
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", Values.xml(prefix + name));
			xml.writeAttribute("for", domain);
			xml.writeAttribute("attr.name", Values.xml(name));
			xml.writeAttribute("attr.type", columns.types().get(name));
			xml.writeCharacters("\n");
		}
	}

	private static void data(XMLStreamWriter xml, String prefix, TableColumns columns, Map<String, Object> values,
			List<String> skip) throws XMLStreamException {
		for (String name : columns.names()) {
			Object value = values.get(name);
			if (value == null || skip.contains(name)) {
				continue;
			}
			xml.writeStartElement("data");
			xml.writeAttribute("key", Values.xml(prefix + name));
			xml.writeCharacters(Values.xml(Values.cell(value)));
			xml.writeEndElement();
		}
	}
}
