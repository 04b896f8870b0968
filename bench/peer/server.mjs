// The benchmark's peer: awardgraph's graph served by @neo4j/graphql (with Apollo Server) over the same Neo4j,
// written the way a user of that library would: generated queries, filters, sorting and connections where the
// library has them, @cypher fields and queries where it has none. Read-only (no mutations are generated).
//
//   PEER_BOLT=bolt://localhost:8097 PEER_PORT=4100 node bench/peer/server.mjs
//
// The embedded Neo4j of the benchmark runs without authentication; database "neo4j".
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

import { explain } from './explanations.mjs';

const PORT = Number(process.env.PEER_PORT ?? 4100);
const BOLT = process.env.PEER_BOLT ?? 'bolt://localhost:7687';

// Fields every entity has. `sources` in the store is a list of Source ids; the Source nodes come from @cypher.
const ENTITY = `
  id: ID!
  name: String
  aliases: [String!]
  nameEn: String
  note: String
  sourceIds: [String!] @alias(property: "sources")`;
const SOURCES = `
  sources: [Source!]!
    @cypher(statement: "UNWIND this.sources AS sid MATCH (s:Entity {id: sid}) WHERE s:Source RETURN s", columnName: "s")`;

export const typeDefs = /* GraphQL */ `
extend schema @mutation(operations: [])

interface Entity {${ENTITY}
  sources: [Source!]!
}

"What a conferral can be given to (RECIPIENT): an organisation, a person or a project."
interface Recipient {${ENTITY}
  sources: [Source!]!
}

# ---- relationship properties (every relationship cites its sources by id) ----
type Cited @relationshipProperties { sources: [String!], note: String }
type Ordered @relationshipProperties { order: Int, sources: [String!], note: String }
type PartOf @relationshipProperties { relation: String, sources: [String!], note: String }
type Position @relationshipProperties {
  title: String, current: Boolean, asOf: String, since: String, until: String, sources: [String!], note: String
}
type Role @relationshipProperties { role: String, topic: String, order: Int, sources: [String!], note: String }

type Source implements Entity @node {${ENTITY}${SOURCES}
  kind: String
  title: String
  publisher: String
  url: String
  date: String
  file: String
}

type Organisation implements Entity & Recipient @node {${ENTITY}${SOURCES}
  kind: String
  description: String
  founded: String
  listingDate: String
  stockMarket: String
  parent: [Organisation!]! @relationship(type: "PART_OF", direction: OUT, properties: "PartOf")
  units: [Organisation!]! @relationship(type: "PART_OF", direction: IN, properties: "PartOf")
  locatedIn: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT, properties: "Cited")
  people: [Person!]! @relationship(type: "HOLDS_POSITION", direction: IN, properties: "Position")
  leadApplicantOf: [Project!]! @relationship(type: "LEAD_APPLICANT", direction: IN, properties: "Cited")
  coApplicantOf: [Project!]! @relationship(type: "CO_APPLICANT", direction: IN, properties: "Ordered")
  honours: [Conferral!]! @relationship(type: "RECIPIENT", direction: IN, properties: "Cited")
  hosted: [Event!]! @relationship(type: "HOSTED", direction: OUT, properties: "Role")
  participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Role")
}

type Person implements Entity & Recipient @node {${ENTITY}${SOURCES}
  description: String
  positions: [Organisation!]! @relationship(type: "HOLDS_POSITION", direction: OUT, properties: "Position")
  spokeAt: [Event!]! @relationship(type: "SPOKE_AT", direction: OUT, properties: "Role")
  honours: [Conferral!]! @relationship(type: "RECIPIENT", direction: IN, properties: "Cited")
}

type Place implements Entity @node {${ENTITY}${SOURCES}
  kind: String
  partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT, properties: "PartOf")
}

type Event implements Entity @node {${ENTITY}${SOURCES}
  kind: String
  startDate: String
  endDate: String
  edition: Int
  theme: String
  partOf: [Event!]! @relationship(type: "PART_OF", direction: OUT, properties: "PartOf")
  heldIn: [Place!]! @relationship(type: "HELD_IN", direction: OUT, properties: "Cited")
  speakers: [Person!]! @relationship(type: "SPOKE_AT", direction: IN, properties: "Role")
  hosts: [Organisation!]! @relationship(type: "HOSTED", direction: IN, properties: "Role")
}

type Award implements Entity @node {${ENTITY}${SOURCES}
  kind: String
  description: String
  established: String
  conferredBy: [Organisation!]! @relationship(type: "CONFERRED_BY", direction: OUT, properties: "Cited")
  categories: [AwardCategory!]! @relationship(type: "CATEGORY_OF", direction: IN, properties: "Cited")
  lists: [AwardList!]! @relationship(type: "LIST_OF", direction: IN, properties: "Cited")
  conferrals: [Conferral!]! @relationship(type: "OF_AWARD", direction: IN, properties: "Cited")
}

type AwardCategory implements Entity @node {${ENTITY}${SOURCES}
  description: String
  award: [Award!]! @relationship(type: "CATEGORY_OF", direction: OUT, properties: "Cited")
}

type AwardList implements Entity @node {${ENTITY}${SOURCES}
  year: Int
  description: String
  award: [Award!]! @relationship(type: "LIST_OF", direction: OUT, properties: "Cited")
  entries: [Conferral!]! @relationship(type: "LISTED_IN", direction: IN, properties: "Ordered")
}

type Call implements Entity @node {${ENTITY}${SOURCES}
  year: Int
  deadline: String
  expectedWinners: String
  description: String
  award: [Award!]! @relationship(type: "CALL_FOR", direction: OUT, properties: "Cited")
  categories: [AwardCategory!]! @relationship(type: "INVITES", direction: OUT, properties: "Ordered")
}

type Conferral implements Entity @node {${ENTITY}${SOURCES}
  year: Int
  rank: String
  date: String
  award: [Award!]! @relationship(type: "OF_AWARD", direction: OUT, properties: "Cited")
  category: [AwardCategory!]! @relationship(type: "IN_CATEGORY", direction: OUT, properties: "Cited")
  recipients: [Recipient!]! @relationship(type: "RECIPIENT", direction: OUT, properties: "Cited")
  event: [Event!]! @relationship(type: "PRESENTED_AT", direction: OUT, properties: "Cited")
  list: [AwardList!]! @relationship(type: "LISTED_IN", direction: OUT, properties: "Ordered")
  "Position in its published list (LISTED_IN.order): a relationship property, so a @cypher field to sort by."
  position: Int
    @cypher(statement: "MATCH (this)-[l:LISTED_IN]->() RETURN l.order AS position LIMIT 1", columnName: "position")
}

type Project implements Entity & Recipient @node {${ENTITY}${SOURCES}
  kind: String
  description: String
  date: String
  lead: [Organisation!]! @relationship(type: "LEAD_APPLICANT", direction: OUT, properties: "Cited")
  coApplicants: [Organisation!]! @relationship(type: "CO_APPLICANT", direction: OUT, properties: "Ordered")
  honours: [Conferral!]! @relationship(type: "RECIPIENT", direction: IN, properties: "Cited")
}

type Policy implements Entity @node {${ENTITY}${SOURCES}
  kind: String
  date: String
  description: String
  issuedBy: [Organisation!]! @relationship(type: "ISSUED_BY", direction: OUT, properties: "Cited")
}

type Agreement implements Entity @node {${ENTITY}${SOURCES}
  date: String
  description: String
  signedAt: [Event!]! @relationship(type: "SIGNED_AT", direction: OUT, properties: "Cited")
}

type Figure implements Entity @node {${ENTITY}${SOURCES}
  metric: String
  value: Float
  unit: String
  year: Int
  description: String
}

# ---- answers of the @cypher queries: plain object types (maps), not nodes ----
type Ref { id: ID!, label: String, name: String, nameEn: String }
type SourceRef { id: ID! }
type Explanation { zh: String!, en: String! }

type SearchHit { entity: Ref!, score: Float!, matchedBy: String! }
type CoApplicantPartner { organisation: Ref!, count: Int!, projects: [Ref!]! }
type Hop { type: String!, direction: String!, from: Ref!, to: Ref!, explanation: Explanation!, sources: [SourceRef!]! }
type Path { length: Int!, nodes: [Ref!]!, hops: [Hop!]! }
type GraphEdge { from: ID!, to: ID!, type: String!, explanation: Explanation!, sources: [SourceRef!]! }
type Neighbourhood { truncated: Boolean!, nodes: [Ref!]!, edges: [GraphEdge!]! }
type Count { name: String, count: Int! }
type YearCount { year: Int, count: Int! }
type ConferralCount { award: Ref, year: Int, count: Int! }

type Query {
  """Ranked name search over the two full-text indexes (entity_keys: normalised names and aliases, kept whole;
  entity_search: cjk). The client sends the normalised key and the Lucene-escaped text (awardgraph computes
  them from the text in Java: case, width, traditional/simplified folding; term is the key, escaped; grams its
  character pairs and words). Exact, prefix, contains, then the number of grams shared, then score."""
  search(query: String!, term: String!, prefix: String!, key: String!, grams: [String!]! = [], first: Int = 10,
         candidates: Int = 100): [SearchHit!]!
    @cypher(columnName: "hit", statement: """
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_keys', $term, {limit: $candidates}) YIELD node
        RETURN node, 0.0 AS score
        UNION
        CALL db.index.fulltext.queryNodes('entity_keys', $prefix, {limit: $candidates}) YIELD node
        RETURN node, 0.0 AS score
        UNION
        CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
        RETURN node, score
      }
      WITH node, max(score) AS score
      WITH node, score, node.keys AS keys
      WITH node, score, keys,
           CASE WHEN $key IN keys THEN 3
                WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 2
                WHEN any(k IN keys WHERE k CONTAINS $key) THEN 1 ELSE 0 END AS exactness
      WITH node, score, exactness,
           CASE WHEN exactness = 0 THEN size([g IN $grams WHERE any(k IN keys WHERE k CONTAINS g)])
                ELSE 0 END AS shared
      ORDER BY exactness DESC, shared DESC, score DESC, size(node.name), node.id
      LIMIT $first
      RETURN {score: score, matchedBy: ['TEXT', 'CONTAINS', 'PREFIX', 'EXACT'][exactness],
              entity: node {.id, .name, .nameEn, label: [l IN labels(node) WHERE l <> 'Entity'][0]}} AS hit""")

  "Organisations that applied for a project together with this one, most shared projects first."
  coApplicants(id: ID!): [CoApplicantPartner!]!
    @cypher(columnName: "partner", statement: """
      MATCH (o:Entity {id: $id})<-[:LEAD_APPLICANT|CO_APPLICANT]-(p:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(partner)
      WHERE partner <> o
      WITH partner, p ORDER BY p.name, p.id
      WITH partner, collect(DISTINCT p {.id, .name}) AS projects
      ORDER BY size(projects) DESC, partner.name, partner.id
      RETURN {organisation: partner {.id, .name}, count: size(projects), projects: projects} AS partner""")

  """Shortest paths between two entities (no Source on a path), the least connected first, then by ids.
  A variable-length bound cannot be a parameter: one UNION branch per hop count, chosen by $maxHops."""
  paths(from: ID!, to: ID!, maxHops: Int = 4, first: Int = 3): [Path!]!
    @cypher(columnName: "path", statement: """
      MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
      CALL (a, b) {
        WITH a, b WHERE $maxHops = 1 MATCH p = allShortestPaths((a)-[*..1]-(b))
          WHERE none(n IN nodes(p) WHERE n:Source) RETURN p
        UNION ALL WITH a, b WHERE $maxHops = 2 MATCH p = allShortestPaths((a)-[*..2]-(b))
          WHERE none(n IN nodes(p) WHERE n:Source) RETURN p
        UNION ALL WITH a, b WHERE $maxHops = 3 MATCH p = allShortestPaths((a)-[*..3]-(b))
          WHERE none(n IN nodes(p) WHERE n:Source) RETURN p
        UNION ALL WITH a, b WHERE $maxHops = 4 MATCH p = allShortestPaths((a)-[*..4]-(b))
          WHERE none(n IN nodes(p) WHERE n:Source) RETURN p
        UNION ALL WITH a, b WHERE $maxHops = 5 MATCH p = allShortestPaths((a)-[*..5]-(b))
          WHERE none(n IN nodes(p) WHERE n:Source) RETURN p
        UNION ALL WITH a, b WHERE $maxHops = 6 MATCH p = allShortestPaths((a)-[*..6]-(b))
          WHERE none(n IN nodes(p) WHERE n:Source) RETURN p
      }
      WITH p LIMIT 1000
      WITH p, reduce(d = 0, n IN nodes(p)[1..-1] | d + COUNT { (n)--() }) AS hubness
      ORDER BY hubness, [n IN nodes(p) | n.id] LIMIT $first
      WITH nodes(p) AS ns, relationships(p) AS rs
      RETURN {length: size(rs),
              nodes: [n IN ns | n {.id, .name, label: [l IN labels(n) WHERE l <> 'Entity'][0]}],
              hops: [i IN range(0, size(rs) - 1) | {type: type(rs[i]),
                     direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'OUTGOING' ELSE 'INCOMING' END,
                     from: {id: ns[i].id, name: ns[i].name}, to: {id: ns[i + 1].id, name: ns[i + 1].name},
                     start: {id: startNode(rs[i]).id, name: startNode(rs[i]).name},
                     end: {id: endNode(rs[i]).id, name: endNode(rs[i]).name},
                     props: properties(rs[i]), sources: [s IN coalesce(rs[i].sources, []) | {id: s}]}]} AS path""")

  """The subgraph around an entity, ring by ring (each ring by id, at most maxNodes with the centre;
  truncated when there were more), and the relationships among the kept entities. depth 1 to 3."""
  neighbourhood(id: ID!, depth: Int = 1, maxNodes: Int = 100): Neighbourhood
    @cypher(columnName: "hood", statement: """
      MATCH (c:Entity {id: $id})
      WITH c, $maxNodes - 1 AS room
      CALL (c, room) {
        MATCH (c)-[]-(m:Entity) WHERE NOT m:Source AND m <> c
        WITH DISTINCT m ORDER BY m.id LIMIT $maxNodes
        RETURN collect(m) AS found1 }
      WITH c, room, found1[..room] AS ring1, size(found1) > room AS truncated1
      CALL (c, room, ring1, truncated1) {
        UNWIND CASE WHEN truncated1 OR $depth < 2 THEN [] ELSE ring1 END AS f
        MATCH (f)-[]-(m:Entity) WHERE NOT m:Source AND m <> c AND NOT m IN ring1
        WITH DISTINCT m ORDER BY m.id LIMIT $maxNodes
        RETURN collect(m) AS found2 }
      WITH c, room - size(ring1) AS room2, ring1, truncated1, found2
      WITH c, ring1, found2[..room2] AS ring2, truncated1 OR size(found2) > room2 AS truncated2
      CALL (c, ring1, ring2, truncated2) {
        UNWIND CASE WHEN truncated2 OR $depth < 3 THEN [] ELSE ring2 END AS f
        MATCH (f)-[]-(m:Entity) WHERE NOT m:Source AND m <> c AND NOT m IN ring1 AND NOT m IN ring2
        WITH DISTINCT m ORDER BY m.id LIMIT $maxNodes
        RETURN collect(m) AS found3 }
      WITH c, ring1, ring2, $maxNodes - 1 - size(ring1) - size(ring2) AS room3, truncated2, found3
      WITH [c] + ring1 + ring2 + found3[..room3] AS kept, truncated2 OR size(found3) > room3 AS truncated
      CALL (kept) {
        UNWIND kept AS a
        MATCH (a)-[r]->(b) WHERE b IN kept
        WITH a, r, b ORDER BY a.id, type(r), b.id
        RETURN collect({from: a.id, to: b.id, type: type(r), start: a {.id, .name}, end: b {.id, .name},
                        props: properties(r), sources: [s IN coalesce(r.sources, []) | {id: s}]}) AS edges }
      RETURN {truncated: truncated, edges: edges,
              nodes: [n IN kept | n {.id, .name, label: [l IN labels(n) WHERE l <> 'Entity'][0]}]} AS hood""")

  "How many organisations of each kind, most first."
  organisationsByKind: [Count!]!
    @cypher(columnName: "c", statement: """
      MATCH (o:Organisation) WITH o.kind AS name, count(*) AS count
      ORDER BY count DESC, name RETURN {name: name, count: count} AS c""")

  "Conferrals per award and year, by award name and year."
  conferralsByAwardAndYear: [ConferralCount!]!
    @cypher(columnName: "c", statement: """
      MATCH (c:Conferral)
      WITH c, COLLECT { MATCH (c)-[:OF_AWARD]->(a) RETURN a }[0] AS award
      WITH award, c.year AS year, count(*) AS count
      ORDER BY award.name, year
      RETURN {award: award {.id, .name}, year: year, count: count} AS c""")

  "Events per year of their start date."
  eventsByYear: [YearCount!]!
    @cypher(columnName: "c", statement: """
      MATCH (e:Event) WHERE e.startDate IS NOT NULL
      WITH toInteger(substring(e.startDate, 0, 4)) AS year, count(*) AS count
      ORDER BY year RETURN {year: year, count: count} AS c""")
}
`;

// explanations read the relationship in its stored direction, as awardgraph's do
const resolvers = {
  Hop: { explanation: (hop) => explain(hop.type, hop.start, hop.end, hop.props) },
  GraphEdge: { explanation: (edge) => explain(edge.type, edge.start, edge.end, edge.props) },
};

const driver = neo4j.driver(BOLT, undefined, {
  maxConnectionPoolSize: Number(process.env.PEER_POOL ?? 100),
});
// The queries @neo4j/graphql generates find an entity by its own label (`MATCH (this:Organisation) WHERE
// this.id = …`); awardgraph finds it through :Entity and needs only its entity_id constraint. A user of the
// library indexes what its queries filter on, so the peer gets a range index on id for each type it serves
// (until 9fb16ea the service's schema had a constraint per label, which served the peer the same way). The
// labels are this file's constants, not input.
const LABELS = ['Source', 'Organisation', 'Person', 'Place', 'Event', 'Award', 'AwardCategory', 'AwardList', 'Call',
  'Conferral', 'Project', 'Policy', 'Agreement', 'Figure'];
const setup = driver.session({ database: 'neo4j' });
try {
  for (const label of LABELS) {
    await setup.run(`CREATE INDEX peer_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`);
  }
  await setup.run('CALL db.awaitIndexes(1800)');
} finally {
  await setup.close();
}

const schema = await new Neo4jGraphQL({ typeDefs, resolvers, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: PORT, host: '127.0.0.1' },
  context: async () => ({ sessionConfig: { database: 'neo4j' } }),
});
console.log(`peer (@neo4j/graphql) at ${url} on ${BOLT}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
