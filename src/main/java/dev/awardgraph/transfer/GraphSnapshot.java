package dev.awardgraph.transfer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The curated graph as plain values, in a stable order (nodes by id, relationships by ends, type and
 * properties), read in one transaction so that every export of it is consistent and deterministic.
 */
record GraphSnapshot(List<Node> nodes, List<Edge> edges) {

	/** @param properties every stored property, as the driver returns them (Long, Double, Boolean, String, List) */
	record Node(String id, String label, Map<String, Object> properties) {
	}

	record Edge(String from, String type, String to, Map<String, Object> properties) {

		static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from).thenComparing(Edge::type)
			.thenComparing(Edge::to).thenComparing(e -> Values.canonical(e.properties()));
	}
}
