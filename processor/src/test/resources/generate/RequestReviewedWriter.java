package com.example.telemetry;

import dev.telemetry.runtime.event.Checks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.GeneratedEventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Writes {@link RequestReviewed} as the catalogue event {@code cf:request.reviewed},
 * without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class RequestReviewedWriter extends GeneratedEventWriter<RequestReviewed> {
  private static final Pattern ACCESS_GROUP_ID_PATTERN = Pattern.compile("^group_[A-Za-z0-9]+\\z");

  private static final Pattern REQUEST_ID_PATTERN = Pattern.compile("^req_[A-Za-z0-9]+\\z");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public RequestReviewedWriter() {
    super(RequestReviewed.class, new EventDescriptor(
        "cf:request.reviewed",
        EventKind.CAPTURE,
        null,
        "usr",
        "One of the core values of the product is that the access request "
          + "workflow must be extremely fast. Our goal is that the median "
          + "approval time is less than 10 minutes."), true);
  }

  @Override
  public String distinctId(RequestReviewed event) {
    return event.reviewedBy();
  }

  @Override
  public void writeProperties(RequestReviewed event, JsonOutput out) {
    out.name("requested_by").hashed("usr", event.requestedBy());
    out.name("reviewed_by").hashed("usr", event.reviewedBy());
    out.name("access_group_id").value(Checks.matching(event.accessGroupId(),
        ACCESS_GROUP_ID_PATTERN,
        "cf:request.reviewed: access_group_id does not match ^group_[A-Za-z0-9]+$"));
    out.name("request_id").value(Checks.matching(event.requestId(), REQUEST_ID_PATTERN,
        "cf:request.reviewed: request_id does not match ^req_[A-Za-z0-9]+$"));
    out.name("targets_count").value(Checks.atLeast(event.targetsCount(), 0L,
        "cf:request.reviewed: targets_count is below minimum 0"));
    out.name("timing");
    writeTiming(out, event.timing());
    if (event.overrideTiming() != null) {
      out.name("override_timing");
      writeTiming(out, event.overrideTiming());
    }
    out.name("has_reason").value(event.hasReason());
    out.name("pending_duration_seconds").value(Checks.atLeast(event.pendingDurationSeconds(), 0.0,
        "cf:request.reviewed: pending_duration_seconds is below minimum 0"));
    out.name("review").value(event.review().value());
    out.name("reviewer_is_admin").value(event.reviewerIsAdmin());
  }

  private static void writeTiming(JsonOutput out, Timing timing) {
    out.beginObject();
    out.name("mode").value(timing.mode().value());
    out.name("duration_seconds").value(Checks.atLeast(timing.durationSeconds(), 0.0,
        "cf:request.reviewed: timing.duration_seconds is below minimum 0"));
    out.endObject();
  }
}
