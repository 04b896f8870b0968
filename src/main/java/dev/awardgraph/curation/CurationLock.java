package dev.awardgraph.curation;

import java.util.function.Supplier;

import dev.awardgraph.support.WriteLock;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a curation change, its checks and its write, in one transaction that first takes a write lock on a single
 * {@code :CurationLock} node. Without it two editors could both pass "no entity has this name yet" and both
 * write. Curation is a few changes a minute, so running them one at a time costs nothing users would notice;
 * imports take the same lock ({@link WriteLock}).
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
			neo4j.query(WriteLock.TAKE).run();
			T answer = change.get();
			if (!answer.errors().isEmpty()) {
				status.setRollbackOnly(); // a refused change commits nothing, not even the lock
			}
			return answer;
		});
	}
}
