// Name search: Chinese has no spaces, so the cjk analyzer indexes character bigrams (奇安信 finds 奇安信集团);
// Latin words (AMD, GitHub Copilot) are tokenised as words. searchText = name + aliases + English name.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// Lookups the API filters on.
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX conferral_year IF NOT EXISTS FOR (n:Conferral) ON (n.year);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX project_kind IF NOT EXISTS FOR (n:Project) ON (n.kind);
// Lists of one label by name (list(label)): the page is read from the start of the label's name index instead of
// sorting every entity of the label. One index a label, since the list's statement names one label.
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX award_name IF NOT EXISTS FOR (n:Award) ON (n.name);
CREATE INDEX award_category_name IF NOT EXISTS FOR (n:AwardCategory) ON (n.name);
CREATE INDEX award_list_name IF NOT EXISTS FOR (n:AwardList) ON (n.name);
CREATE INDEX call_name IF NOT EXISTS FOR (n:Call) ON (n.name);
CREATE INDEX conferral_name IF NOT EXISTS FOR (n:Conferral) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name);
CREATE INDEX figure_name IF NOT EXISTS FOR (n:Figure) ON (n.name);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
// Exact and prefix lookups of normalised names and aliases (keys: case, width, traditional/simplified, spaces and
// brackets folded). The keyword analyzer keeps each key whole, so an exact lookup is one term query however
// common its characters are, and does not depend on the ranking of the cjk index above.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.keys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}};
