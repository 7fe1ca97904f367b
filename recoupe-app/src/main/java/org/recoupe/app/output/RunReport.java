package org.recoupe.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.recoupe.document.Document;
import org.recoupe.document.Keys;
import org.recoupe.ingest.Problem;

/**
 * The summary of one {@code analyze} run ({@code run.json}, schema {@value #SCHEMA}): what was read,
 * what was written, and every file or record that was rejected or failed, with the reason.
 */
public final class RunReport {
  /** Name and version of the JSON shape. */
  public static final String SCHEMA = "recoupe.run/1";

  private final List<String> inputs;
  private final List<String[]> articles;
  private final List<Problem> problems;
  private final List<StoryLine> stories;

  private RunReport(List<String> inputs, List<String[]> articles, List<Problem> problems, List<StoryLine> stories) {
    this.inputs = inputs;
    this.articles = articles;
    this.problems = problems;
    this.stories = stories;
  }

  /**
   * One story of the run, for the summary.
   *
   * @param id the story's id
   * @param headline its brief's headline
   * @param articles how many articles it groups
   * @param origins how many independent origins they come from
   * @param conflicts how many disagreements were found
   * @param brief where its brief was written
   */
  public record StoryLine(String id, String headline, int articles, int origins, int conflicts, Path brief) {}

  /** This report with the run's stories. */
  public RunReport withStories(List<StoryLine> lines) {
    return new RunReport(inputs, articles, problems, List.copyOf(lines));
  }

  /** The run's stories. */
  public List<StoryLine> stories() {
    return stories;
  }

  /** Starts collecting a run over {@code inputs}. */
  public static Builder builder(List<Path> inputs) {
    return new Builder(inputs.stream().map(Path::toString).toList());
  }

  /** Number of documents analysed and written. */
  public int analysed() {
    return articles.size();
  }

  /** Number of files or records rejected or failed. */
  public int failures() {
    return problems.size();
  }

  /** The problems, one line each. */
  public List<String> problemLines() {
    return problems.stream().map(Problem::describe).toList();
  }

  /** {@code 5 articles analysed, 0 problems}. */
  public String summaryLine() {
    return String.format(Locale.ROOT, "%d articles analysed, %d problems", analysed(), failures());
  }

  /** Writes {@code run.json}. */
  public void write(Path file) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    ArrayNode in = root.putArray("inputs");
    inputs.forEach(in::add);
    root.put("analysed", analysed());
    root.put("failed", failures());
    ArrayNode arts = root.putArray("articles");
    for (String[] a : articles) {
      ObjectNode n = arts.addObject();
      n.put("id", a[0]);
      n.put("source", a[1]);
      n.put("output", a[2]);
    }
    ArrayNode storyNodes = root.putArray("stories");
    for (StoryLine st : stories) {
      ObjectNode n = storyNodes.addObject();
      n.put("id", st.id());
      n.put("headline", st.headline());
      n.put("articles", st.articles());
      n.put("origins", st.origins());
      n.put("conflicts", st.conflicts());
      n.put("brief", st.brief().getFileName().toString());
    }
    ArrayNode probs = root.putArray("problems");
    for (Problem p : problems) {
      ObjectNode n = probs.addObject();
      n.put("file", p.file());
      n.put("location", p.location());
      n.put("reason", p.reason());
    }
    Json.MAPPER.writeValue(file.toFile(), root);
  }

  /** Collects results from many threads. */
  public static final class Builder {
    private final List<String> inputs;
    private final List<String[]> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder(List<String> inputs) {
      this.inputs = inputs;
    }

    /** A file or record ingestion could not read. */
    public synchronized void rejected(Problem problem) {
      problems.add(problem);
    }

    /** A document the pipeline failed on. */
    public synchronized void failed(Document document, String reason) {
      String file = document.find(Keys.SOURCE).map(s -> s.file()).orElse(document.id());
      String record = document.find(Keys.SOURCE).map(s -> s.record()).orElse(null);
      problems.add(new Problem(file, record, "analysis failed: " + reason));
    }

    /** A document analysed and written to {@code output}. */
    public synchronized void analysed(Document document, Path output) {
      String source = document.find(Keys.SOURCE).map(s -> s.describe()).orElse("");
      articles.add(new String[] {document.id(), source, output.getFileName().toString()});
    }

    /** The finished report, articles in id order. */
    public synchronized RunReport build() {
      List<String[]> sorted = new ArrayList<>(articles);
      sorted.sort(Comparator.comparing(a -> a[0]));
      return new RunReport(inputs, List.copyOf(sorted), List.copyOf(problems), List.of());
    }
  }
}
