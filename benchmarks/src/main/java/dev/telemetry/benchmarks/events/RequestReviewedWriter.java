package dev.telemetry.benchmarks.events;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;

/**
 * Writes {@link RequestReviewed} as {@code cf:request.reviewed}, statement for statement as the
 * annotation processor writes the writer of an annotated class (named calls on {@link JsonOutput},
 * an exhaustive switch per enum, one helper per named type). Written by hand only until the
 * processor is on the build's main line; then the generated writer replaces it.
 */
public final class RequestReviewedWriter implements EventWriter<RequestReviewed> {
  private static final EventDescriptor DESCRIPTOR =
      new EventDescriptor(
          "cf:request.reviewed",
          EventKind.CAPTURE,
          null,
          "usr",
          "Measures how the client performs when it sends events with nested objects.");

  /** The writer holds no state: one instance serves every event and thread. */
  public RequestReviewedWriter() {}

  @Override
  public EventDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<RequestReviewed> eventClass() {
    return RequestReviewed.class;
  }

  @Override
  public String distinctId(RequestReviewed event) {
    return event.reviewedBy();
  }

  @Override
  public void writeProperties(RequestReviewed event, JsonOutput out) {
    out.name("requested_by").hashed("usr", event.requestedBy());
    out.name("reviewed_by").hashed("usr", event.reviewedBy());
    out.name("access_group_id").value(event.accessGroupId());
    out.name("request_id").value(event.requestId());
    out.name("targets_count").value(event.targetsCount());
    out.name("timing");
    writeTiming(out, event.timing());
    if (event.overrideTiming() != null) {
      out.name("override_timing");
      writeTiming(out, event.overrideTiming());
    }
    out.name("has_reason").value(event.hasReason());
    out.name("pending_duration_seconds").value(event.pendingDurationSeconds());
    out.name("review").value(reviewValue(event.review()));
    out.name("reviewer_is_admin").value(event.reviewerIsAdmin());
  }

  private static void writeTiming(JsonOutput out, Timing timing) {
    out.beginObject();
    out.name("mode").value(modeValue(timing.mode()));
    out.name("duration_seconds").value(timing.durationSeconds());
    out.endObject();
  }

  private static String reviewValue(RequestReviewed.Review value) {
    return switch (value) {
      case APPROVE -> "APPROVE";
      case DENY -> "DENY";
    };
  }

  private static String modeValue(Timing.Mode value) {
    return switch (value) {
      case ASAP -> "asap";
      case SCHEDULED -> "scheduled";
    };
  }
}
