import org.neo4j.driver.*;
import java.util.*;
/**
 * Curation's same-name check (curation.CurationRepository.SAME_NAME) as it was, scanning the label, and as it is,
 * one term query on the entity_keys index per key, each sent three times for a key that exists and one that does
 * not. Usage: java -cp "$CP" bench/probes/SameNameProbe.java BOLT_PORT KEY (a key of the store, e.g. the first of
 * org/o1234's keys at 1M).
 */
public class SameNameProbe {
  public static void main(String[] a) throws Exception {
    String old = """
        MATCH (n:$($label)) WHERE any(k IN n.keys WHERE k IN $keys) AND ($except IS NULL OR n.id <> $except)
        RETURN {props: properties(n), labels: labels(n)} AS n ORDER BY n.id LIMIT 1""";
    String neu = """
        UNWIND $terms AS term
        CALL db.index.fulltext.queryNodes('entity_keys', term) YIELD node AS n
        WITH DISTINCT n WHERE $label IN labels(n) AND any(k IN n.keys WHERE k IN $keys) AND ($except IS NULL OR n.id <> $except)
        RETURN {props: properties(n), labels: labels(n)} AS n ORDER BY n.id LIMIT 1""";
    try (Driver d = GraphDatabase.driver("bolt://localhost:" + a[0], AuthTokens.none())) {
      for (List<String> keys : List.of(List.of(a[1]), List.of("不存在的名字xyz"))) {
        Map<String,Object> p = new HashMap<>(); p.put("label", "Organisation"); p.put("keys", keys); p.put("terms", keys); p.put("except", null);
        for (String q : List.of(old, neu)) for (int i = 0; i < 3; i++) {
          long t = System.nanoTime(); Object r; try (Session s = d.session()) { r = s.run(q, p).list(x -> x.get("n").get("props").get("id").asString()); }
          System.out.printf("%s %s %.1f ms %s%n", q == old ? "old" : "new", keys, (System.nanoTime() - t) / 1e6, r);
        }
      }
    }
  }
}
