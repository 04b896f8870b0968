package dev.awardgraph.curation;

import java.util.function.Supplier;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a curation change, its checks and its write, in one transaction that first takes a write lock on a single
 * {@code :CurationLock} node. Without it two editors could both pass "no entity has this name yet" and both
 * write. Curation is a few changes a minute, so running them one at a time costs nothing users would notice;
 * reads never wait for it. The lock node is not an {@code :Entity}: not in the graph, its hash or its exports.
 */
@Component
class CurationLock {

	private final Neo4jClient neo4j;
	private final TransactionTemplate transaction;

	CurationLock(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.transaction = new TransactionTemplate(transactions);
	}

	<T extends Payloads.Answer> T run(Supplier<T> change) {
		return transaction.execute(status -> {
			// SET then REMOVE: the node's write lock, held to the end of the transaction, and no change left behind
			neo4j.query("MERGE (l:CurationLock {id: 'curation'}) SET l.taken = true REMOVE l.taken").run();
			T answer = change.get();
			if (!answer.errors().isEmpty()) {
				status.setRollbackOnly(); // a refused change commits nothing, not even the lock
			}
			return answer;
		});
	}
}
