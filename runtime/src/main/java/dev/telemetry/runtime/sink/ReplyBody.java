package dev.telemetry.runtime.sink;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code limit} bytes of a reply body, then stops reading (the connection is
 * closed): a collector reply is a few bytes of JSON, and a hostile or broken one (a 50 MB page, a
 * body trickling in byte by byte) must cost neither memory nor a sender thread.
 */
final class ReplyBody implements HttpResponse.BodySubscriber<ReplyBody.Read> {
  /** The text read (decoded as UTF-8) and whether the body went on past the limit. */
  record Read(String text, boolean truncated) {}

  private final int limit;
  private final CompletableFuture<Read> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  // Guarded by this.
  private Flow.Subscription subscription;
  private boolean cancelled;

  ReplyBody(int limit) {
    this.limit = limit;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    synchronized (this) {
      if (cancelled) {
        subscription.cancel();
        return;
      }
      this.subscription = subscription;
    }
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    Flow.Subscription next;
    synchronized (this) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer item : items) {
        int room = limit - bytes.size();
        int take = Math.min(room, item.remaining());
        byte[] chunk = new byte[take];
        item.get(chunk);
        bytes.write(chunk, 0, take);
        if (item.hasRemaining()) {
          subscription.cancel();
          result.complete(new Read(text(), true));
          return;
        }
      }
      next = subscription;
    }
    next.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public synchronized void onComplete() {
    result.complete(new Read(text(), false));
  }

  @Override
  public CompletionStage<Read> getBody() {
    return result;
  }

  /** Stops reading now (the exchange timed out or the sender is closing). */
  void cancel() {
    synchronized (this) {
      cancelled = true;
      if (subscription != null) {
        subscription.cancel();
      }
    }
    result.cancel(false);
  }

  private String text() {
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
