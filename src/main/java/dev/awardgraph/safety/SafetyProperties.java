package dev.awardgraph.safety;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask of the service. Every bound is checked before any data fetcher runs (so a
 * refused request costs no Cypher), except the time limits, which cancel a request that is already running.
 * docs/security.md lists each bound with what a client sees beyond it.
 *
 * @param maxDepth          deepest field nesting of an operation (fragments expanded)
 * @param maxCost           worst-case number of objects an operation may resolve: every object-valued field
 *                          counts 1, and a list multiplies the cost of its selection by its {@code first} /
 *                          {@code maxNodes} argument or, without one, by {@code awardgraph.limits.default-page-size}
 * @param maxAliases        aliased fields in one operation (aliases are how one request repeats a costly field)
 * @param maxRootFields     fields directly under {@code query}/{@code mutation}
 * @param maxFields         field selections in one operation, fragments expanded
 * @param maxDocumentLength characters of the GraphQL document, checked before it is parsed
 * @param maxTokens         parser tokens of the document (graphql-java stops parsing beyond it)
 * @param maxRequestSize    bytes of an HTTP request body, checked before it is read as JSON (413 beyond it)
 * @param queryTimeout      a query running longer is cancelled, its Neo4j statements too; generous by default
 *                          (the seed graph answers in milliseconds, but a cold query on a starved 2-core
 *                          machine took over 10 s), lower it for a public deployment
 * @param writeTimeout      the same for mutations and for explicit (write) transactions such as a dataset load;
 *                          it is the embedded database's {@code db.transaction.timeout}
 * @param maxImportSize     bytes of a dataset uploaded to POST /import, as sent and once unpacked
 */
@ConfigurationProperties("awardgraph.safety")
public record SafetyProperties(@DefaultValue("15") int maxDepth, @DefaultValue("50000000") long maxCost,
		@DefaultValue("50") int maxAliases, @DefaultValue("20") int maxRootFields, @DefaultValue("500") int maxFields,
		@DefaultValue("25000") int maxDocumentLength, @DefaultValue("10000") int maxTokens,
		@DefaultValue("1MB") DataSize maxRequestSize, @DefaultValue("30s") Duration queryTimeout,
		@DefaultValue("30m") Duration writeTimeout, @DefaultValue("64MB") DataSize maxImportSize) {
}
