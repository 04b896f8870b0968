package dev.awardgraph.dataset;

import java.util.List;
import java.util.Map;

/** A validated dataset, ready to write: node and relationship rows as Cypher parameters. */
record Dataset(List<NodeRow> nodes, List<RelationshipRow> relationships) {

	/** @param properties every property of the node, including id, name, keys and sources */
	record NodeRow(String id, String label, Map<String, Object> properties) {
	}

	record RelationshipRow(String from, String type, String to, Map<String, Object> properties) {
	}
}
