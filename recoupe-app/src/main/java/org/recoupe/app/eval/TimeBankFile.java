package org.recoupe.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoupe.document.Span;

/**
 * One TimeML ({@code .tml}) file: the plain text of its {@code <TEXT>} element, its gold TIMEX3
 * annotations as spans into that text, and its document creation time.
 *
 * @param name file name
 * @param text the text with every tag removed and entities decoded
 * @param dct the document creation time (the anchor)
 * @param gold the in-text TIMEX3 annotations
 */
record TimeBankFile(String name, String text, LocalDate dct, List<Gold> gold) {
  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** A gold annotation. */
  record Gold(Span span, String type, String value) {}

  static TimeBankFile read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Matcher d = DCT.matcher(xml);
    if (!d.find()) {
      throw new IOException("no DCT in " + file);
    }
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (from < 0 || to < 0) {
      throw new IOException("no TEXT in " + file);
    }
    String body = xml.substring(from + "<TEXT>".length(), to);
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    int openStart = -1;
    String type = null;
    String value = null;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int end = body.indexOf('>', i);
        String tag = body.substring(i + 1, end);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          Matcher a = ATTR.matcher(tag);
          type = null;
          value = null;
          while (a.find()) {
            if (a.group(1).equals("type")) {
              type = a.group(2);
            } else if (a.group(1).equals("value")) {
              value = a.group(2);
            }
          }
        } else if (tag.equals("/TIMEX3") && openStart >= 0) {
          gold.add(new Gold(new Span(openStart, text.length()), type, value));
          openStart = -1;
        }
        i = end + 1;
      } else if (c == '&') {
        int end = body.indexOf(';', i);
        String entity = body.substring(i + 1, end);
        text.append(switch (entity) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          default -> entity.startsWith("#") ? new String(Character.toChars(entity.startsWith("#x")
              ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1)))) : "&" + entity + ";";
        });
        i = end + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new TimeBankFile(file.getFileName().toString(), text.toString(), LocalDate.parse(d.group(1)), List.copyOf(gold));
  }
}
