package org.recoupe.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveSpecialCharacters() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;t&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
        Html.escape("<a href=\"x\" title='t'>Tom & Jerry</a>"));
  }

  @Test
  void escapesAnAlreadyEscapedEntityAgainSoItReadsAsWritten() {
    assertEquals("&amp;amp; &amp;#60;", Html.escape("&amp; &#60;"));
  }

  @Test
  void keepsOrdinaryTextLineBreaksAndAstralCharacters() {
    assertEquals("Élysée « oui »\n\tfin 😀", Html.escape("Élysée « oui »\n\tfin 😀"));
  }

  @Test
  void replacesCharactersHtmlForbids() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFDd", Html.escape("a\u0000b\u0085c\uD800d"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", Html.escape(null));
  }
}
