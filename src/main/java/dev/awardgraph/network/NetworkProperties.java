package dev.awardgraph.network;

import dev.awardgraph.support.Limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The edge cap of {@code coApplicantNetwork}. The whole network of a large graph has far more ties than anyone can
 * draw or a client can hold (610,816 at 1M nodes), so it answers with the heaviest ones and says when it cut.
 *
 * @param defaultEdges edges returned when a request gives no {@code maxEdges}
 * @param maxEdges     most edges one request may ask for; more is refused, never clamped
 */
@ConfigurationProperties("awardgraph.network")
public record NetworkProperties(@DefaultValue("500") int defaultEdges, @DefaultValue("5000") int maxEdges) {

	public NetworkProperties {
		if (maxEdges < 1 || defaultEdges < 1 || defaultEdges > maxEdges) {
			throw new IllegalStateException("awardgraph.network.default-edges must be between 1 and max-edges, and max-edges"
					+ " at least 1 (are " + defaultEdges + " and " + maxEdges + ")");
		}
	}

	int edges(Integer requested) {
		return Limits.bounded("maxEdges", requested, defaultEdges, 1, maxEdges);
	}
}
