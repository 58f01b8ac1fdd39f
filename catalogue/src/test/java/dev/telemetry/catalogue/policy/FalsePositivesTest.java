package dev.telemetry.catalogue.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ordinary telemetry names, with the shape they would have, that must produce no
 * {@code TELEMETRY-PII-NAME} finding: counts, durations, flags, enum kinds, versions, and the
 * ambiguous words the policy documents ({@code name}, {@code address_family}, {@code zip_enabled},
 * {@code telemetry_enabled}, {@code mailbox_count}, {@code page_count}, {@code latency_ms},
 * {@code machine_arch}, {@code cert_fingerprint}, {@code next_token}...).
 */
class FalsePositivesTest {
  private static final String NAMES =
      """
          targets_count:INTEGER
          has_reason:BOOLEAN
          access_groups_count:INTEGER
          pending_duration_seconds:NUMBER
          review:ENUM
          reviewer_is_admin:BOOLEAN
          max_duration_seconds:INTEGER
          requires_approval:BOOLEAN
          has_filter_expression:BOOLEAN
          version:STRING
          user_count:INTEGER
          group_count:INTEGER
          idp:ENUM
          stage:STRING
          role:ENUM
          mode:ENUM
          duration_seconds:NUMBER
          latency_ms:NUMBER
          page_count:INTEGER
          usage_seconds:NUMBER
          emails_sent_count:INTEGER
          has_email:BOOLEAN
          email_verified:BOOLEAN
          is_admin:BOOLEAN
          phone_type:ENUM
          email_provider:ENUM
          token_count:INTEGER
          next_token:STRING
          page_token:STRING
          input_tokens:INTEGER
          cache_age:INTEGER
          max_age:INTEGER
          name:STRING
          event_name:ENUM
          feature_name:ENUM
          plan_name:ENUM
          os:ENUM
          os_version:STRING
          java_version:STRING
          machine_arch:ENUM
          hmac_algorithm:ENUM
          cert_fingerprint:STRING
          zip_enabled:BOOLEAN
          compression:ENUM
          recipient_count:INTEGER
          ship_date:TIMESTAMP
          mailbox_count:INTEGER
          telemetry_enabled:BOOLEAN
          memory_address_space_bytes:INTEGER
          address_family:ENUM
          ui_region:ENUM
          description_length:INTEGER
          created_at:TIMESTAMP
          timestamp:TIMESTAMP
          last_login_at:TIMESTAMP
          login_count:INTEGER
          password_policy:ENUM
          password_min_length:INTEGER
          token_ttl_seconds:INTEGER
          session_duration_seconds:NUMBER
          ip_count:INTEGER
          ip_version:INTEGER
          ipv6_enabled:BOOLEAN
          health_status:ENUM
          race_condition_count:INTEGER
          skip_count:INTEGER
          pipeline_stage:ENUM
          tooltip_shown:BOOLEAN
          multiple_targets:BOOLEAN
          template_count:INTEGER
          translation_count:INTEGER
          related_items:INTEGER
          storage_bytes:INTEGER
          message_count:INTEGER
          image_count:INTEGER
          error_code:ENUM
          error_kind:ENUM
          locale:ENUM
          timezone:ENUM
          country:ENUM
          build_number:INTEGER
          schema_version:INTEGER
          content_type:ENUM
          query_duration_ms:NUMBER
          host_os:ENUM
          host_count:INTEGER
          url_scheme:ENUM
          secret_count:INTEGER
          api_key_count:INTEGER
          has_api_key:BOOLEAN
          cookie_consent:ENUM
          mfa_enabled:BOOLEAN
          auth_method:ENUM
          credential_type:ENUM
          sso_provider:ENUM
          reason_code:ENUM
          title_length:INTEGER
          comment_count:INTEGER
          dark_mode:BOOLEAN
          cpu_count:INTEGER
          memory_mb:INTEGER
          heap_used_bytes:INTEGER
          gc_pause_ms:NUMBER
          retry_count:INTEGER
          batch_size:INTEGER
          queue_depth:INTEGER
          success_rate:NUMBER
          plugin_names:ENUM
          driver_name:ENUM
          database_kind:ENUM
          region_count:INTEGER
          available_rules:INTEGER
          archived:BOOLEAN
          secret_store:ENUM
          secrets_backend:ENUM
          memory_address:INTEGER
          base_address:STRING
          address_space_bytes:INTEGER
          velocity:NUMBER
      """;

  private static final PersonalDataPolicy POLICY = PersonalDataPolicy.of(PolicyConfig.defaults());

  static Stream<String> names() {
    return NAMES.lines().map(String::strip).filter(line -> !line.isEmpty());
  }

  @Test
  void theListIsLongEnoughToMeanSomething() {
    assertTrue(names().count() >= 50, "at least 50 names");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void anOrdinaryNameIsNotPersonalData(String line) {
    String[] parts = line.split(":");
    Subject subject = Subject.named(parts[0], ValueShape.valueOf(parts[1]));
    List<Finding> names =
        POLICY.check(subject).stream().filter(f -> f.code().equals(ForbiddenNameRule.CODE)).toList();
    assertEquals(List.of(), names);
  }
}
