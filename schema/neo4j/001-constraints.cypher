// Every entity has one stable key, unique across the graph. Applied at start with IF NOT EXISTS: idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_category_id IF NOT EXISTS FOR (n:AwardCategory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_list_id IF NOT EXISTS FOR (n:AwardList) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT call_id IF NOT EXISTS FOR (n:Call) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conferral_id IF NOT EXISTS FOR (n:Conferral) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
// one node that every curation change locks first, so changes (checks and write) run one at a time
CREATE CONSTRAINT curation_lock_id IF NOT EXISTS FOR (n:CurationLock) REQUIRE n.id IS UNIQUE;
