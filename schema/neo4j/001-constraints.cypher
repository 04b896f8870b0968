// Every entity has one stable key, unique across the graph. Applied at start with IF NOT EXISTS: idempotent.
// Every node but the curation lock is an :Entity, so this one constraint (and its index) serves lookups by id of
// any kind of node: query (n:Entity {id: $id}), adding the kind as a WHERE if needed.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// one node that every curation change locks first, so changes (checks and write) run one at a time
CREATE CONSTRAINT curation_lock_id IF NOT EXISTS FOR (n:CurationLock) REQUIRE n.id IS UNIQUE;
