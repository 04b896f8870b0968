// Constraints of earlier versions, dropped from a store that has them (only then: a restart runs nothing here).
// A uniqueness constraint per kind of node repeated entity_id for every node of that kind: a second unique index
// to update on every write, and one more index to build when a store is created (about 3 s of a cold start of
// the seed graph on two cores, docs/benchmarks.md).
DROP CONSTRAINT organisation_id IF EXISTS;
DROP CONSTRAINT person_id IF EXISTS;
DROP CONSTRAINT place_id IF EXISTS;
DROP CONSTRAINT event_id IF EXISTS;
DROP CONSTRAINT award_id IF EXISTS;
DROP CONSTRAINT award_category_id IF EXISTS;
DROP CONSTRAINT award_list_id IF EXISTS;
DROP CONSTRAINT call_id IF EXISTS;
DROP CONSTRAINT conferral_id IF EXISTS;
DROP CONSTRAINT project_id IF EXISTS;
DROP CONSTRAINT policy_id IF EXISTS;
DROP CONSTRAINT agreement_id IF EXISTS;
DROP CONSTRAINT figure_id IF EXISTS;
DROP CONSTRAINT source_id IF EXISTS;
