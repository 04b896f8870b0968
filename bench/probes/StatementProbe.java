import org.neo4j.driver.*;
import java.util.*;
/** The service's entity statement for the bench's entity question, as is and with the other ends projected. */
public class StatementProbe {
  static String edges(String otherExpr, String other2Expr) { return edges(otherExpr, other2Expr, false); }
  static String edges(String otherExpr, String other2Expr, boolean dyn) {
    String t = """
      COLLECT {
        UNWIND $prefetch AS g
        WITH g WHERE any(l IN labels(n) WHERE l IN g.labels)
        MATCH (n)-[r]-(m:Entity)
        WHERE (g.types IS NULL OR type(r) IN g.types)
          AND (g.direction = 'BOTH' OR (g.direction = 'OUTGOING') = (startNode(r) = n))
        WITH g, r, m ORDER BY g.group, coalesce(r.order, 2147483647), type(r), m.name, m.id
        RETURN {group: g.group, type: type(r), outgoing: startNode(r) = n, props: properties(r),
                other: OTHER, labels: labels(m), next: COLLECT {
          UNWIND g.next AS h
          WITH h WHERE any(l IN labels(m) WHERE l IN h.labels)
          MATCH (m)-[r2]-(m2:Entity)
          WHERE (h.types IS NULL OR type(r2) IN h.types)
            AND (h.direction = 'BOTH' OR (h.direction = 'OUTGOING') = (startNode(r2) = m))
          WITH h, r2, m2 ORDER BY h.group, coalesce(r2.order, 2147483647), type(r2), m2.name, m2.id
          RETURN {group: h.group, type: type(r2), outgoing: startNode(r2) = m, props: properties(r2),
                  other: OTHER2, labels: labels(m2)}
        }}
      }""".replace("OTHER2", other2Expr).replace("OTHER", otherExpr);
    if (dyn) t = t.replace("MATCH (n)-[r]-(m:Entity)", "MATCH (n)-[r:$any(g.types)]-(m:Entity)").replace("MATCH (m)-[r2]-(m2:Entity)", "MATCH (m)-[r2:$any(h.types)]-(m2:Entity)");
    return t;
  }
  static final String SOURCES = """
      COLLECT { UNWIND CASE WHEN $sources THEN n.sources ELSE [] END AS sid
                MATCH (s:Entity {id: sid}) WHERE s:Source RETURN {props: properties(s), labels: labels(s)} }""";
  static Map<String, Object> g(int i, List<String> types, String dir, List<String> labels, List<Map<String, Object>> next, List<String> keys) {
    Map<String, Object> m = new HashMap<>();
    m.put("group", i); m.put("types", types); m.put("direction", dir); m.put("labels", labels); m.put("next", next); m.put("keys", keys);
    return m;
  }
  public static void main(String[] a) throws Exception {
    List<String> idName = List.of(System.getenv().getOrDefault("KEYS", "id,name").split(","));
    List<Map<String, Object>> co = List.of(g(0, List.of("CO_APPLICANT"), "OUTGOING", List.of("Project"), List.of(), idName));
    List<Map<String, Object>> prefetch = List.of(
        g(0, List.of("PART_OF"), "OUTGOING", List.of("Organisation"), List.of(), idName),
        g(1, List.of("PART_OF"), "INCOMING", List.of("Organisation"), List.of(), idName),
        g(2, List.of("HOLDS_POSITION"), "INCOMING", List.of("Organisation"), List.of(), idName),
        g(3, List.of("LEAD_APPLICANT"), "INCOMING", List.of("Organisation"), co, idName));
    String head = "MATCH (n:Entity) WHERE n.id IN $ids RETURN {props: properties(n), labels: labels(n), sources: " + SOURCES + ", edges: ";
    Map<String, String> stmts = new LinkedHashMap<>();
    stmts.put("service", head + edges("properties(m)", "properties(m2)") + "} AS entity");
    stmts.put("keys", head + edges("[k IN g.keys | m[k]]", "[k IN h.keys | m2[k]]") + "} AS entity");
    stmts.put("idname", head + edges("m {.id, .name}", "m2 {.id, .name}") + "} AS entity");
    stmts.put("dyn", head + edges("properties(m)", "properties(m2)", true) + "} AS entity");
    stmts.put("dynkeys", head + edges("[k IN g.keys | m[k]]", "[k IN h.keys | m2[k]]", true) + "} AS entity");
    if (a.length > 3) stmts.keySet().retainAll(List.of(a[3].split(",")));
    try (Driver d = GraphDatabase.driver("bolt://localhost:" + a[0], AuthTokens.none())) {
      int n = Integer.parseInt(a[2]);
      for (String id : a[1].split(",")) {
        for (var e : stmts.entrySet()) {
          Map<String, Object> p = Map.of("ids", List.of(id), "prefetch", prefetch, "sources", true);
          double[] ts = new double[n];
          int size = 0;
          for (int w = 0; w < 3; w++) for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            try (Session s = d.session()) { size = s.run(e.getValue(), p).single().get("entity").get("edges").size(); }
            ts[i] = (System.nanoTime() - t) / 1e6;
          }
          Arrays.sort(ts);
          System.out.printf("%s %-8s median %.1f ms p90 %.1f (edges %d)%n", id, e.getKey(), ts[n / 2], ts[n * 9 / 10], size);
        }
      }
    }
  }
}
