package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EventFilesTest {
  @Test
  void namesFilesLikeTheAnalyticsGoFixtures() {
    assertEquals("examples/cf-request-created.json", EventFiles.example("cf:request.created"));
    assertEquals("examples/cf-identify-user-info.json", EventFiles.example("cf:identify:user_info"));
    assertEquals("schemas/cf-groupidentify-deployment.schema.json", EventFiles.schema("cf:groupidentify:deployment"));
  }
}
