package dev.awardgraph.network;

import java.util.List;

import dev.awardgraph.entity.AskedProperties;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The co-applicant network, around one organisation or whole. */
@Controller
class NetworkController {

	private final NetworkRepository network;
	private final NetworkProperties bounds;

	NetworkController(NetworkRepository network, NetworkProperties bounds) {
		this.network = network;
		this.bounds = bounds;
	}

	@QueryMapping
	List<NetworkRepository.Partner> coApplicants(@Argument String id, @Argument String award, @Argument Integer year,
			DataFetchingEnvironment env) {
		return network.partners(id, award, year, AskedProperties.of(env));
	}

	@QueryMapping
	NetworkRepository.Network coApplicantNetwork(@Argument String award, @Argument Integer year,
			@Argument Integer maxEdges, DataFetchingEnvironment env) {
		return network.network(award, year, bounds.edges(maxEdges), AskedProperties.of(env));
	}
}
