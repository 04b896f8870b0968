package dev.awardgraph.transfer;

import dev.awardgraph.security.Caller;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The importDataset mutation: a dataset already on the server. ADMIN only, by the schema's {@code @requires}. */
@Controller
class ImportController {

	private final Importer importer;

	ImportController(Importer importer) {
		this.importer = importer;
	}

	@MutationMapping
	ImportReport importDataset(@Argument String location, GraphQLContext context) {
		// server-side files only: no http: or other URL the resource loader would fetch
		if (!location.startsWith("file:") && !location.startsWith("classpath:")) {
			return importer.refused(location, "location must be a server directory 'file:/path/' or 'classpath:folder/', "
					+ "not '" + location + "'", System.nanoTime());
		}
		Caller caller = context.get(Caller.class);
		return importer.load(location, location, caller == null ? "unknown" : caller.name());
	}
}
