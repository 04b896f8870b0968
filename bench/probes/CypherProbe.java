import org.neo4j.driver.*;
import java.nio.file.*;
import java.util.*;
/** CypherProbe PORT FILE N [k=v ...]: one statement N times over Bolt (numbers in k=v bound as integers, null as null): ms, rows and the first row. */
public class CypherProbe {
  public static void main(String[] a) throws Exception {
    String q = Files.readString(Path.of(a[1]));
    Map<String, Object> p = new HashMap<>();
    for (int i = 3; i < a.length; i++) { String[] kv = a[i].split("=", 2); Object v = kv[1].matches("-?\\d+") ? (Object) Long.parseLong(kv[1]) : kv[1].equals("null") ? null : kv[1]; p.put(kv[0], v); }
    try (Driver d = GraphDatabase.driver("bolt://localhost:" + a[0], AuthTokens.none()); Session s = d.session()) {
      for (int i = 0; i < Integer.parseInt(a[2]); i++) {
        long t = System.nanoTime();
        List<org.neo4j.driver.Record> rs = s.run(q, p).list();
        System.out.printf("%.1f ms, %d rows%s%n", (System.nanoTime() - t) / 1e6, rs.size(), rs.isEmpty() ? "" : " first=" + rs.get(0).asMap().toString().substring(0, Math.min(300, rs.get(0).asMap().toString().length())));
      }
    }
  }
}
