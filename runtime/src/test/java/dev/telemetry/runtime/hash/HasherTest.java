package dev.telemetry.runtime.hash;

import dev.telemetry.runtime.internal.encode.JsonString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HasherTest {
  private final Hasher sha = Hasher.sha256();

  @Test
  void goldenVectorsMatchAnalyticsGo() {
    assertEquals("usr_-CHh8_rdIqAotcBsP64GKQkfzW2hb1JDJ_6u7q4zom4", sha.hash("usr", "usr_123"));
    assertEquals("rul_LNS4E5we6G3DpSsY2DnEu8coV7azNnjuUztaQ5SW0jo", sha.hash("rul", "rul_123"));
    // usr_234 as analytics-go's cf-request-reviewed fixture sends it (reviewed_by).
    assertEquals("usr_Lz-NqTA-GU27Kxaxnd8iHujJ5hy_JwPgwTgy8LUICI0", sha.hash("usr", "usr_234"));
  }

  @Test
  void hashIsPrefixPlusUnpaddedBase64UrlOfSha256OfTheQuotedValue() throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest("\"usr_234\"".getBytes(StandardCharsets.UTF_8));
    String expected = "usr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    assertEquals(expected, sha.hash("usr", "usr_234"));
  }

  @Test
  void numericIdentifiersHashTheirDigits() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest("42".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "n_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest), sha.hash("n", 42L));
  }

  @Test
  void hmacUsesTheSecretAsKey() throws Exception {
    byte[] secret = "0123456789abcdef-deployment".getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    String expected =
        "usr_" + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(mac.doFinal("\"usr_123\"".getBytes(StandardCharsets.UTF_8)));

    Hasher hmac = Hasher.hmacSha256(secret);

    assertEquals(expected, hmac.hash("usr", "usr_123"));
    assertNotEquals(sha.hash("usr", "usr_123"), hmac.hash("usr", "usr_123"));
    assertEquals("hmac-sha256", hmac.algorithm());
    assertFalse(hmac.toString().contains("0123456789"), "the secret must never be printed");
  }

  @Test
  void shortSecretsAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Hasher.hmacSha256(new byte[8]));
    assertTrue(e.getMessage().contains("at least 16"), e.getMessage());
  }

  @Test
  void emptyAndNullIdentifiersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> sha.hash("usr", ""));
    assertThrows(IllegalArgumentException.class, () -> sha.hash("usr", (String) null));
  }

  @Test
  void jsonQuotesLikeGo() {
    assertEquals("\"usr_123\"", JsonString.quoted("usr_123"));
    assertEquals("\"a\\\"b\\\\c\"", JsonString.quoted("a\"b\\c"));
    assertEquals("\"\\n\\r\\t\\b\\f\"", JsonString.quoted("\n\r\t\b\f"));
    assertEquals("\"\\u0001\\u001f\"", JsonString.quoted("\u0001\u001f"));
    assertEquals("\"\\u003c\\u003e\\u0026\"", JsonString.quoted("<>&"));
    assertEquals("\"\\u2028\\u2029\"", JsonString.quoted("\u2028\u2029"));
    assertEquals("\"/é😀\"", JsonString.quoted("/é😀"));
    assertEquals("\"\ufffd\"", JsonString.quoted("\ud800"));
  }

  @Property(tries = 500)
  void everyIdentifierHashesLikeTheDigestOfItsGoJson(
      @ForAll @StringLength(min = 1, max = 200) String identifier, @ForAll long number)
      throws Exception {
    byte[] secret = "0123456789abcdef-deployment".getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    byte[] json = JsonString.quoted(identifier).getBytes(StandardCharsets.UTF_8);
    byte[] digits = Long.toString(number).getBytes(StandardCharsets.UTF_8);

    assertEquals("p_" + base64.encodeToString(sha256.digest(json)), sha.hash("p", identifier));
    assertEquals("p_" + base64.encodeToString(sha256.digest(digits)), sha.hash("p", number));
    Hasher hmac = Hasher.hmacSha256(secret);
    assertEquals("p_" + base64.encodeToString(mac.doFinal(json)), hmac.hash("p", identifier));
    assertEquals("p_" + base64.encodeToString(mac.doFinal(digits)), hmac.hash("p", number));
  }

  @Test
  void identifiersOfSixByteEscapesAroundTheScratchSizeHashLikeTheirGoJson() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    // A fresh hasher: its scratch holds 42 such characters, and grows for more.
    Hasher fresh = Hasher.sha256();
    for (int length : new int[] {41, 42, 43, 44, 200, 42, 1}) {
      String identifier = "<".repeat(length);
      byte[] json = JsonString.quoted(identifier).getBytes(StandardCharsets.UTF_8);
      assertEquals("p_" + base64.encodeToString(sha256.digest(json)), fresh.hash("p", identifier));
    }
  }

  @Property(tries = 300)
  void writtenDigestsAreTheHashAfterItsPrefix(
      @ForAll @StringLength(min = 1, max = 100) String identifier, @ForAll long number) {
    byte[] out = new byte[2 + Hasher.DIGEST_CHARS];
    assertEquals(1 + Hasher.DIGEST_CHARS, sha.writeDigest(identifier, out, 1));
    assertEquals(sha.hash("p", identifier).substring(2), new String(out, 1, Hasher.DIGEST_CHARS, StandardCharsets.US_ASCII));
    assertEquals(1 + Hasher.DIGEST_CHARS, sha.writeDigest(number, out, 1));
    assertEquals(sha.hash("p", number).substring(2), new String(out, 1, Hasher.DIGEST_CHARS, StandardCharsets.US_ASCII));
    assertThrows(IllegalArgumentException.class, () -> sha.writeDigest("", out, 0));
  }

  @Test
  void prefixesOutsideLatin1AreKept() {
    String plain = sha.hash("usr", "usr_123");
    assertEquals("уср" + plain.substring(3), sha.hash("уср", "usr_123"));
  }

  @Test
  void threadsHashAlike() throws Exception {
    String expected = sha.hash("usr", "usr_123");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2000; i++) {
            if (!expected.equals(sha.hash("usr", "usr_123"))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
