package dev.awardgraph.link;

import static dev.awardgraph.support.Limits.bounded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the link queries. Path and neighbourhood searches grow exponentially with hops and depth, so the
 * bounds are firm: a request beyond them is refused with a message naming the bound, never silently clamped.
 *
 * @param maxHops      longest path searched; at most {@value #HOPS_CEILING} whatever is configured
 * @param maxPaths     most paths one request may ask for
 * @param maxDepth     deepest neighbourhood
 * @param maxNodes     most nodes one neighbourhood may return
 */
@ConfigurationProperties("awardgraph.links")
public record LinkProperties(@DefaultValue("4") int defaultHops, @DefaultValue("6") int maxHops,
		@DefaultValue("3") int defaultPaths, @DefaultValue("10") int maxPaths, @DefaultValue("1") int defaultDepth,
		@DefaultValue("3") int maxDepth, @DefaultValue("100") int defaultNodes, @DefaultValue("500") int maxNodes) {

	/** One prepared statement per hop count is built at start; this keeps that set (and the search) small. */
	static final int HOPS_CEILING = 10;

	public LinkProperties {
		check("max-hops", maxHops, 1, HOPS_CEILING);
		check("default-hops", defaultHops, 1, maxHops);
		check("default-paths", defaultPaths, 1, maxPaths);
		check("default-depth", defaultDepth, 1, maxDepth);
		check("default-nodes", defaultNodes, 1, maxNodes);
	}

	int hops(Integer requested) {
		return bounded("maxHops", requested, defaultHops, 1, maxHops);
	}

	int paths(Integer requested) {
		return bounded("first", requested, defaultPaths, 1, maxPaths);
	}

	int depth(Integer requested) {
		return bounded("depth", requested, defaultDepth, 1, maxDepth);
	}

	int nodes(Integer requested) {
		return bounded("maxNodes", requested, defaultNodes, 1, maxNodes);
	}

	private static void check(String property, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalStateException("awardgraph.links." + property + " must be between " + min + " and " + max
					+ " (is " + value + ")");
		}
	}
}
