package dev.telemetry.catalogue.policy;

import java.util.List;
import java.util.Set;

/**
 * {@code TELEMETRY-RAW-ID}: a string or integer named like an identifier ({@code *_id},
 * {@code *_by}, {@code *Id}...) that is neither hashed nor has a written {@code raw-identifier}
 * reason.
 */
public final class RawIdentifierRule implements PolicyRule {
  /** The rule's stable code. */
  public static final String CODE = "TELEMETRY-RAW-ID";

  /** The {@link Finding#category()} of this rule's findings. */
  public static final String CATEGORY = "RAW_IDENTIFIER";

  /** Last words that make a name an identifier. */
  private static final Set<String> ID_WORDS = Set.of("id", "ids", "uuid", "uuids", "guid", "guids", "by");

  /** Words before {@code by} that make it a query clause, not an actor: {@code sort_by}, {@code group_by}. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("sort", "sorted", "order", "ordered", "group", "grouped", "partition", "partitioned",
          "filter", "filtered", "split", "cluster", "clustered");

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String summary() {
    return "A string or integer named like an identifier (*_id, *_by) is hashed or has a written"
        + " raw-identifier reason.";
  }

  @Override
  public String rationale() {
    return "An identifier links events to one person, customer or object, and raw identifiers can be"
        + " joined with other data. Hashing (as Common Fate does for every user ID) keeps the"
        + " correlation without the value. An identifier that names no person or customer, such as"
        + " a random request ID, may be sent raw with a written raw-identifier reason, which the docs"
        + " publish; correlation IDs are no exception. Names ending in id, ids, uuid, guid or by count"
        + " (requested_by, requestId); sort_by, group_by and similar query clauses do not.";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Subject subject) {
    ValueShape shape = subject.shape();
    if ((shape != ValueShape.STRING && shape != ValueShape.INTEGER)
        || subject.hashed()
        || subject.hasRawIdentifierReason()) {
      return List.of();
    }
    List<String> words = NameTokens.of(subject.name());
    if (words.isEmpty()) {
      return List.of();
    }
    String last = words.get(words.size() - 1);
    if (!ID_WORDS.contains(last)
        || (last.equals("by") && words.size() > 1 && CLAUSE_WORDS.contains(words.get(words.size() - 2)))) {
      return List.of();
    }
    String message = "property '" + subject.name() + "' is named like an identifier (token '" + last
        + "') but is neither hashed nor has a raw-identifier reason; identifiers are not sent raw"
        + " without one";
    String fix = "send it hashed (hash: <prefix>), or add raw-identifier: <reason> to the catalogue"
        + " property if the raw value identifies no person or customer";
    return List.of(new Finding(CODE, Severity.ERROR, CATEGORY, message, fix));
  }
}
