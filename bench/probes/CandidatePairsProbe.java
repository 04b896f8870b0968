import org.neo4j.driver.*;
import java.lang.reflect.Method;
import java.util.*;
/**
 * CandidatePairsProbe PORT LABEL: where mergeCandidates(label) spends its time at scale: reading the label's keys over
 * Bolt, finding the pairs (MergeCandidates.pairs, the service's own code from target/classes), and how many there are.
 */
public class CandidatePairsProbe {
  public static void main(String[] a) throws Exception {
    Method pairs = Class.forName("dev.awardgraph.curation.MergeCandidates").getDeclaredMethod("pairs", Map.class);
    pairs.setAccessible(true);
    try (Driver d = GraphDatabase.driver("bolt://localhost:" + a[0], AuthTokens.none()); Session s = d.session()) {
      for (int round = 0; round < 3; round++) {
        long t0 = System.nanoTime();
        Map<String, List<String>> keys = new HashMap<>();
        s.run("MATCH (n:`" + a[1].replace("`", "") + "`) RETURN n.id AS id, n.keys AS keys")
          .forEachRemaining(r -> keys.put(r.get("id").asString(), r.get("keys").asList(Value::asString)));
        long t1 = System.nanoTime();
        Set<?> found = (Set<?>) pairs.invoke(null, keys);
        long t2 = System.nanoTime();
        System.out.printf("%d entities: keys read %.0f ms, pairs found %.0f ms, %d pairs%n", keys.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, found.size());
      }
    }
  }
}
