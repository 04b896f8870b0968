package dev.awardgraph.curation;

import java.util.List;

/** The GraphQL inputs of curation, as records (see schema/curation.graphqls). */
final class Inputs {

	private Inputs() {
	}

	record SourceInput(String id, String title, String publisher, String url, String reference, String date,
			String kind) {
	}

	record PropertyInput(String key, String value, List<String> values) {
	}

	record NewEntity(String id, String label, String name, List<String> aliases, String nameEn, String kind, String note,
			List<PropertyInput> properties) {
	}

	record EntityChanges(String name, String nameEn, String kind, String note, List<PropertyInput> properties) {
	}

	record NewRelationship(String from, String type, String to, List<PropertyInput> properties) {
	}

	record RelationshipRef(String from, String type, String to, List<PropertyInput> match) {
	}

	record NewConferral(String award, Integer year, String category, String list, Integer order, String event,
			String recipient, NewProject project) {
	}

	record NewProject(String name, String nameEn, String kind, String lead, List<String> coApplicants) {
	}
}
