package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.sink.RecordingSink;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryConfigTest {
  private static final URI DEFAULT = URI.create("https://eu.i.posthog.com");

  private static TelemetryConfig fromEnv(Map<String, String> env) {
    return TelemetryConfig.fromEnvironment("CF", env).endpoint(DEFAULT).build();
  }

  @Test
  void defaultsAreSane() {
    TelemetryConfig config = TelemetryConfig.builder().endpoint(DEFAULT).build();
    assertFalse(config.disabled());
    assertTrue(config.wire().privacyProperties());
    assertEquals("sha256", config.wire().hasher().algorithm());
    assertEquals(OverflowPolicy.DROP_NEWEST, config.delivery().overflowPolicy());
    assertEquals(500, config.delivery().batchMaxEvents());
    assertEquals(Duration.ofMillis(100), config.delivery().retryInitialBackoff());
    assertTrue(config.delivery().batchMaxBytes() < 20 * 1024 * 1024, "far below PostHog's 20 MB");
    assertEquals(1024 * 1024, config.delivery().maxEventBytes());
    assertFalse(config.delivery().shutdownHook());
    assertFalse(config.wire().gzip());
    assertNull(config.wire().apiKey());
  }

  @Test
  void environmentSwitchesOverrideCode() {
    TelemetryConfig config =
        fromEnv(Map.of("CF_URL", "http://collector.internal:8000", "CF_API_KEY", "phc_env", "CF_LOG_LEVEL", "DEBUG"));
    assertEquals(URI.create("http://collector.internal:8000"), config.wire().endpoint());
    assertEquals("phc_env", config.wire().apiKey());
    assertTrue(config.debug());
    assertFalse(config.disabled());
  }

  @Test
  void maxInFlightRequestsDefaultsToTwoAndIsChecked() {
    assertEquals(2, TelemetryConfig.builder().endpoint(DEFAULT).build().delivery().maxInFlightRequests());
    assertEquals(1, TelemetryConfig.builder().maxInFlightRequests(1).endpoint(DEFAULT).build().delivery().maxInFlightRequests());
    assertEquals(16, TelemetryConfig.builder().maxInFlightRequests(16).endpoint(DEFAULT).build().delivery().maxInFlightRequests());
    for (int bad : new int[] {0, -1, 17}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TelemetryConfig.builder().maxInFlightRequests(bad));
      assertEquals(
          "the max in-flight requests must be from 1 to 16, but it is " + bad + "; use 1 to send one"
              + " request at a time, 2 (the default) to overlap encoding and sending",
          e.getMessage());
    }
  }

  @Test
  void maxInFlightRequestsComesFromTheEnvironmentWhenValid() {
    assertEquals(4, fromEnv(Map.of("CF_MAX_IN_FLIGHT_REQUESTS", " 4 ")).delivery().maxInFlightRequests());
    for (String bad : new String[] {"0", "17", "two", "2.5"}) {
      TelemetryConfig config =
          TelemetryConfig.fromEnvironment("CF", Map.of("CF_MAX_IN_FLIGHT_REQUESTS", bad))
              .maxInFlightRequests(3)
              .endpoint(DEFAULT)
              .build();
      assertEquals(3, config.delivery().maxInFlightRequests(), "an invalid " + bad + " keeps the value set in code");
      assertFalse(config.disabled(), "an invalid " + bad + " does not turn telemetry off");
    }
  }

  @Test
  void disabledAndDoNotTrackTurnSendingOff() {
    for (String value : new String[] {"true", "TRUE", "1", "yes"}) {
      TelemetryConfig config = fromEnv(Map.of("CF_DISABLED", value));
      assertTrue(config.disabled(), value);
      assertEquals("CF_DISABLED=" + value, config.disabledBecause());
    }
    assertFalse(fromEnv(Map.of("CF_DISABLED", "false")).disabled());
    assertTrue(fromEnv(Map.of("DO_NOT_TRACK", "1")).disabled());
    assertTrue(fromEnv(Map.of("DO_NOT_TRACK", "true")).disabled());
    assertFalse(fromEnv(Map.of("DO_NOT_TRACK", "0")).disabled());
    assertFalse(fromEnv(Map.of("TELEMETRY_DISABLED", "true")).disabled(), "another prefix is not ours");
  }

  @Test
  void anInvalidUrlInTheEnvironmentTurnsSendingOffInsteadOfFailing() {
    TelemetryConfig config = fromEnv(Map.of("CF_URL", "not a url"));
    assertTrue(config.disabled());
    assertTrue(config.disabledBecause().contains("CF_URL"), config.disabledBecause());
  }

  @Test
  void noEndpointAndNoSinkMeansDisabled() {
    TelemetryConfig config = TelemetryConfig.builder().build();
    assertTrue(config.disabled());
    assertTrue(config.disabledBecause().contains("no endpoint"));
    assertFalse(TelemetryConfig.builder().sink(new RecordingSink()).build().disabled());
  }

  @Test
  void contradictionsAreExplained() {
    IllegalArgumentException tooBig =
        assertThrows(
            IllegalArgumentException.class,
            () -> TelemetryConfig.builder().batch(10, 1000).maxEventBytes(2000).build());
    assertTrue(tooBig.getMessage().contains("raise batch max bytes"), tooBig.getMessage());
    IllegalArgumentException backoff =
        assertThrows(
            IllegalArgumentException.class,
            () -> TelemetryConfig.builder().retry(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1)).build());
    assertTrue(backoff.getMessage().contains("retry max backoff"), backoff.getMessage());
    IllegalArgumentException scheme =
        assertThrows(IllegalArgumentException.class, () -> TelemetryConfig.builder().endpoint("ftp://x").build());
    assertTrue(scheme.getMessage().contains("http or https"), scheme.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TelemetryConfig.builder().batch(0, 10));
    assertThrows(IllegalArgumentException.class, () -> TelemetryConfig.builder().flushInterval(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> TelemetryConfig.builder().group("deployment", " "));
  }

  @Test
  void buildingLeavesTheBuilderAsItWasSoItBuildsAgainAlike() {
    TelemetryConfig.Builder builder =
        TelemetryConfig.fromEnvironment(
                "CF", Map.of("CF_URL", "https://collector.example", "CF_LOG_LEVEL", "debug", "CF_API_KEY", "phc_env"))
            .endpoint(DEFAULT);
    TelemetryConfig first = builder.build();
    TelemetryConfig second = builder.build();
    assertEquals(URI.create("https://collector.example"), first.wire().endpoint());
    assertEquals(first.wire().endpoint(), second.wire().endpoint());
    assertTrue(second.debug());
    assertEquals("phc_env", second.wire().apiKey());
    assertEquals(DEFAULT, builder.environment("CF", Map.of()).build().wire().endpoint(), "the code's endpoint stays");
  }

  @Test
  void theConfigurationPrintsNoSecret() {
    TelemetryConfig config = TelemetryConfig.builder().endpoint(DEFAULT).apiKey("phc_secret_key").build();
    assertFalse(config.toString().contains("phc_secret_key"), config.toString());
    assertTrue(config.toString().contains("apiKey=(set)"), config.toString());
  }
}
