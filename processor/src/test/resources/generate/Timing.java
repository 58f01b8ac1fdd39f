package com.example.telemetry;

import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code timing} type of the telemetry catalogue: When and for how long access was
 * requested. Create one with {@link #builder()}.
 *
 * @param mode Whether access starts at once or later.
 * @param durationSeconds Length of the access window.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public record Timing(Timing.Mode mode, double durationSeconds) {
  /**
   * Checks that every required value is present.
   *
   * @throws NullPointerException if a required value is null
   */
  public Timing {
    Objects.requireNonNull(mode, "mode is required");
  }

  /**
   * Starts building one: the builder asks for {@code mode}, then for every other required value
   * in catalogue order; the last stage, {@link BuildStage}, takes the optional values and builds
   * it.
   */
  public static ModeStage builder() {
    return new Builder();
  }

  /**
   * The values of {@code mode}.
   */
  public enum Mode {
    /**
     * Sent as {@code asap}.
     */
    ASAP("asap"),

    /**
     * Sent as {@code scheduled}.
     */
    SCHEDULED("scheduled");

    private final String value;

    Mode(String value) {
      this.value = value;
    }

    /**
     * The value as the catalogue declares it and as it is sent.
     */
    public String value() {
      return value;
    }
  }

  /**
   * The builder stage that sets {@code mode}.
   */
  public interface ModeStage {
    /**
     * Sets {@code mode}: Whether access starts at once or later.
     */
    DurationSecondsStage mode(Mode mode);
  }

  /**
   * The builder stage that sets {@code duration_seconds}.
   */
  public interface DurationSecondsStage {
    /**
     * Sets {@code duration_seconds}: Length of the access window.
     */
    BuildStage durationSeconds(double durationSeconds);
  }

  /**
   * The last builder stage.
   */
  public interface BuildStage {
    /**
     * Builds the immutable Timing.
     */
    Timing build();
  }

  /**
   * Collects the values; each stage returns this same builder.
   */
  private static final class Builder implements ModeStage, DurationSecondsStage, BuildStage {
    private Mode mode;

    private double durationSeconds;

    @Override
    public DurationSecondsStage mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    @Override
    public BuildStage durationSeconds(double durationSeconds) {
      this.durationSeconds = durationSeconds;
      return this;
    }

    @Override
    public Timing build() {
      return new Timing(mode, durationSeconds);
    }
  }
}
