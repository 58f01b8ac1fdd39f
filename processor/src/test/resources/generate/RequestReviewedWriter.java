package com.example.telemetry;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Writes {@code cf:request.reviewed} events, given as {@link RequestReviewed}, for the
 * telemetry client, without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class RequestReviewedWriter implements EventWriter<RequestReviewed> {
  private static final EventDescriptor DESCRIPTOR = new EventDescriptor(
      "cf:request.reviewed",
      EventKind.CAPTURE,
      null,
      "usr",
      "One of the core values of the product is that the access request "
        + "workflow must be extremely fast. Our goal is that the median "
        + "approval time is less than 10 minutes.");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public RequestReviewedWriter() {
  }

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
    out.name("review").value(event.review().value());
    out.name("reviewer_is_admin").value(event.reviewerIsAdmin());
  }

  private static void writeTiming(JsonOutput out, Timing timing) {
    out.beginObject();
    out.name("mode").value(timing.mode().value());
    out.name("duration_seconds").value(timing.durationSeconds());
    out.endObject();
  }
}
