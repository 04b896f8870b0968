package dev.awardgraph.support;

/**
 * The one lock every change to the graph takes first, in its own transaction: curation changes and dataset loads
 * (imports) then run one at a time, each seeing the graph the previous one committed. Without it an editor's
 * checks could pass against a graph an import is about to replace. The lock node is not an {@code :Entity}: not in
 * the graph, its hash or its exports. Reads never wait for it.
 */
public final class WriteLock {

	/** SET then REMOVE: the node's write lock, held to the end of the transaction, and no change left behind. */
	public static final String TAKE = "MERGE (l:CurationLock {id: 'curation'}) SET l.taken = true REMOVE l.taken";

	private WriteLock() {
	}
}
