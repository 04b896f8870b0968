// Name search: Chinese has no spaces, so the cjk analyzer indexes character bigrams (奇安信 finds 奇安信集团);
// Latin words (AMD, GitHub Copilot) are tokenised as words. searchText = name + aliases + English name.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// Lookups the API filters on.
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX conferral_year IF NOT EXISTS FOR (n:Conferral) ON (n.year);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX project_kind IF NOT EXISTS FOR (n:Project) ON (n.kind);
// Exact and prefix lookups of normalised names and aliases (keys: case, width, traditional/simplified, spaces and
// brackets folded). The keyword analyzer keeps each key whole, so an exact lookup is one term query however
// common its characters are, and does not depend on the ranking of the cjk index above.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.keys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}};
