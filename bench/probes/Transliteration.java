import com.ibm.icu.text.Transliterator;
public class Transliteration {
  public static void main(String[] a) {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    int changed = 0, han = 0;
    StringBuilder ex = new StringBuilder();
    for (int c = 0; c < 0x110000; c++) {
      if (Character.isSurrogate((char) (c & 0xFFFF)) && c < 0x10000) continue;
      if (!Character.isDefined(c)) continue;
      String s = new String(Character.toChars(c));
      String r = t.transliterate(s);
      if (!r.equals(s)) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
        else { changed++; if (ex.length() < 400) ex.append(String.format("U+%04X %s->%s %s; ", c, s, r, Character.UnicodeScript.of(c))); }
      }
    }
    System.out.println("han changed " + han + ", non-han changed " + changed + ": " + ex);
    // cost
    String[] qs = {"tencent", "Huawei Technologies", "腾讯", "鄔賀銓 阿里巴巴", "中国移动通信集团有限公司"};
    for (String q : qs) {
      long t0 = System.nanoTime(); int n = 20000;
      for (int i = 0; i < n; i++) t.transliterate(q);
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) t.transliterate(q);
      long t2 = System.nanoTime();
      System.out.printf("%s: %.1f us%n", q, (t2 - t1) / 1e3 / n);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < 100; i++) Transliterator.getInstance("Traditional-Simplified");
    System.out.printf("getInstance: %.1f us%n", (System.nanoTime() - t0) / 1e3 / 100);
  }
}
