package org.recoupe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recoupe.clean.CleanText;
import org.recoupe.document.Removal;
import org.recoupe.document.Span;

/** Random and malformed markup never throws, and every offset stays inside the source. */
class HtmlExtractorFuzzTest {
  private static final String[] PIECES = {
    "<p>", "</p>", "<div class=\"content\">", "<div class=\"sidebar\">", "</div>", "<a href=x>",
    "</a>", "<ul><li>", "</li>", "<table><tr><td>", "</td>", "<br>", "<h1>", "<h2>", "</h2>",
    "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&nbsp;",
    "&#x1F600;", "&#0;", "&bogus;", "&", "<", ">", "\"", "'", "\r\n", "\n\n", "\t", "\u00a0",
    "<nav>", "</nav>", "<article>", "<footer>", "<img src=a alt=\"<p>\">", "<p style=\"display:none\">",
    "The minister said on Monday that the plan would go ahead, despite protests. ",
    "Prix : 12 € ", "日本語のテキスト。", "\ud83d\ude00", "</body>", "<html>", "<frameset>",
    "<noscript>", "<template>", "<select><option>", "<textarea>", "<svg><text>t</text></svg>"
  };

  @Test
  void randomMarkupNeverThrowsAndStaysInBounds() {
    HtmlExtractor extractor = new HtmlExtractor();
    Random random = new Random(42);
    for (int n = 0; n < 300; n++) {
      StringBuilder html = new StringBuilder();
      int parts = random.nextInt(80);
      for (int i = 0; i < parts; i++) {
        html.append(random.nextInt(10) == 0 ? randomChars(random) : PIECES[random.nextInt(PIECES.length)]);
      }
      String source = html.toString();
      CleanText clean = extractor.extract(source);
      String text = clean.text().text();
      assertEquals(text.length(), clean.text().map().derivedLength());
      for (Span p : clean.paragraphs()) {
        assertTrue(p.end() <= text.length());
        Span s = clean.text().map().toSource(p);
        assertTrue(s.end() <= source.length(), source);
      }
      for (Removal r : clean.removed()) {
        assertTrue(r.span().end() <= source.length(), source);
      }
    }
  }

  private static String randomChars(Random random) {
    char[] c = new char[random.nextInt(20)];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) random.nextInt(0x3000);
    }
    return new String(c);
  }
}
