package dev.telemetry.catalogue.docs;

/**
 * The names of the files and page anchors generated for an event. Files are named like
 * analytics-go's fixtures: the event name with {@code :}, {@code .} and {@code _} replaced by
 * {@code -}, so {@code cf:identify:user_info} gives {@code cf-identify-user-info}.
 */
public final class EventFiles {
  /** The Markdown page. */
  public static final String MARKDOWN = "telemetry.md";

  /** The self-contained HTML page. */
  public static final String HTML = "telemetry.html";

  /** The machine-readable catalogue. */
  public static final String CATALOGUE_JSON = "catalogue.json";

  private EventFiles() {}

  /** The event name as a file-name and anchor stem: {@code cf:request.created} gives {@code cf-request-created}. */
  public static String stem(String eventName) {
    return eventName.replace(':', '-').replace('.', '-').replace('_', '-');
  }

  /** The relative path of an event's example batch, such as {@code examples/cf-request-created.json}. */
  public static String example(String eventName) {
    return "examples/" + stem(eventName) + ".json";
  }

  /** The relative path of an event's JSON Schema, such as {@code schemas/cf-request-created.schema.json}. */
  public static String schema(String eventName) {
    return "schemas/" + stem(eventName) + ".schema.json";
  }

  static String eventAnchor(String eventName) {
    return "event-" + stem(eventName);
  }

  static String exampleAnchor(String eventName) {
    return "example-" + stem(eventName);
  }

  static String typeAnchor(String eventName, String typeName) {
    return "type-" + stem(eventName) + "-" + typeName.replace('_', '-');
  }
}
