import org.neo4j.driver.*;
import java.util.*;
public class RawProbe {
  public static void main(String[] a) throws Exception {
    String q = dev.awardgraph.bench.QueryMix.ENTITY_CYPHER; // the bench's own hand-written statement
    String q2 = a.length > 3 ? new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(a[3]))) : null;
    try (Driver d = GraphDatabase.driver("bolt://localhost:" + a[0], AuthTokens.none())) {
      int n = Integer.parseInt(a[2]);
      for (String id : a[1].split(",")) {
        for (String stmt : q2 == null ? List.of(q) : List.of(q, q2)) {
          double[] ts = new double[n];
          for (int w = 0; w < 2; w++) for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            try (Session s = d.session()) { s.executeRead(tx -> tx.run(stmt, Map.of("id", id)).list()); }
            ts[i] = (System.nanoTime() - t) / 1e6;
          }
          Arrays.sort(ts);
          System.out.printf("%s %s median %.1f ms max %.1f%n", id, stmt == q ? "raw" : "alt", ts[n / 2], ts[n - 1]);
        }
      }
    }
  }
}
