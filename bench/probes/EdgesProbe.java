import org.neo4j.driver.*;
import java.util.*;
/**
 * The edges DataLoader's statement (relationship.EdgeRepository) reading the other ends whole, as before, and
 * with only the request's properties ($keys, here id and name), each sent in turn: 20 batches of 30 organisations'
 * people and units, at 1M nodes. Usage: java -cp "$CP" bench/probes/EdgesProbe.java BOLT_PORT PASSES
 */
public class EdgesProbe {
  static final String HEAD = """
      UNWIND $requests AS g
      MATCH (n:Entity) WHERE n.id IN g.ids
      MATCH (n)-[r]-(m:Entity)
      WHERE (g.types IS NULL OR type(r) IN g.types)
        AND (g.direction = 'BOTH' OR (g.direction = 'OUTGOING') = (startNode(r) = n))
      RETURN g.group AS group, n.id AS id, type(r) AS type, startNode(r) = n AS outgoing,
             properties(r) AS props, OTHER
      ORDER BY group, id, coalesce(r.order, 2147483647), type, m.name, m.id""";
  public static void main(String[] a) throws Exception {
    Map<String,String> st = new LinkedHashMap<>();
    st.put("whole", HEAD.replace("OTHER", "properties(m) AS other, labels(m) AS labels"));
    st.put("keys", HEAD.replace("OTHER", "{values: [k IN $keys | m[k]], labels: labels(m)} AS other"));
    List<Map<String,Object>> params = new ArrayList<>();
    for (int b = 0; b < 20; b++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 30; i++) ids.add("org/o" + (1000 + b * 97 + i * 13));
      List<Object> req = List.of(Map.of("group", 0, "ids", ids, "types", List.of("HOLDS_POSITION"), "direction", "INCOMING"),
          Map.of("group", 1, "ids", ids, "types", List.of("PART_OF"), "direction", "INCOMING"));
      params.add(Map.of("requests", req, "keys", List.of("id", "name")));
    }
    try (Driver d = GraphDatabase.driver("bolt://localhost:" + a[0], AuthTokens.none())) {
      Map<String,double[]> t = new LinkedHashMap<>(); int passes = Integer.parseInt(a[1]);
      st.keySet().forEach(k -> t.put(k, new double[passes * params.size()]));
      int rows = 0;
      for (int p = 0; p < passes + 5; p++) for (int i = 0; i < params.size(); i++) for (var e : st.entrySet()) {
        long s0 = System.nanoTime();
        try (Session s = d.session()) { rows = s.run(e.getValue(), params.get(i)).list().size(); }
        if (p >= 5) t.get(e.getKey())[(p - 5) * params.size() + i] = (System.nanoTime() - s0) / 1e6;
      }
      for (var e : t.entrySet()) { double[] x = e.getValue(); Arrays.sort(x);
        System.out.printf("%s: median %.3f ms mean %.3f p90 %.3f (rows of the last %d)%n", e.getKey(), x[x.length/2], Arrays.stream(x).average().orElse(0), x[x.length*9/10], rows); }
    }
  }
}
