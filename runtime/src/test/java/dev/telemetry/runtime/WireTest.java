package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.DeploymentInfo;
import dev.telemetry.runtime.fixtures.IdentifyUserInfo;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.fixtures.RuleCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.CapturedRequest;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What reaches a real HTTP collector: path, headers, body, and the analytics-go shapes. */
class WireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CaptureServer server = CaptureServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void everyFixtureEventArrivesAsAnalyticsGoSendsIt() throws Exception {
    try (TelemetryClient client =
        TelemetryClient.create(Configs.fast().endpoint(server.uri()).apiKey("phc_test").build())) {
      client.track(RequestCreated.example());
      client.track(RuleCreated.example());
      client.track(IdentifyUserInfo.example(), "usr_123");
      client.track(DeploymentInfo.example());
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    CapturedRequest request = server.requests().get(0);
    assertEquals("POST", request.method());
    assertEquals("/batch/", request.path());
    assertEquals("application/json", request.headers().get("content-type"));
    JsonNode body = JSON.readTree(request.body());
    assertEquals("phc_test", body.get("api_key").asText());
    String[] fixtures = {
      "cf-request-created.json", "cf-rule-created.json", "cf-identify-user-info.json", "cf-groupidentify-deployment.json"
    };
    for (int i = 0; i < fixtures.length; i++) {
      ObjectNode event = (ObjectNode) body.get("batch").get(i).deepCopy();
      event.remove("uuid");
      ((ObjectNode) event.get("properties")).remove("$geoip_disable");
      ((ObjectNode) event.get("properties")).remove("$ip");
      assertEquals(fixtureEvent(fixtures[i]), event, fixtures[i]);
    }
  }

  @Test
  void gzipIsASwitch() throws Exception {
    try (TelemetryClient client =
        TelemetryClient.create(Configs.fast().endpoint(server.uri()).gzip(true).build())) {
      client.track(RequestCreated.example());
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    CapturedRequest request = server.requests().get(0);
    assertEquals("gzip", request.headers().get("content-encoding"));
    assertEquals("cf:request.created", request.events().get(0).get("event"));
  }

  private JsonNode fixtureEvent(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/analytics-go/" + name)) {
      return JSON.readTree(in).get("batch").get(0);
    }
  }
}
