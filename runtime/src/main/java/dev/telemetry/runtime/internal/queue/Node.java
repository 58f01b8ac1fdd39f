package dev.telemetry.runtime.internal.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A link of the queue's list: an event, or a flush mark. Producers link a node with one atomic
 * exchange of the queue's tail and then publish it through the previous node's {@code next}.
 */
abstract class Node {
  private static final VarHandle NEXT;

  static {
    try {
      NEXT = MethodHandles.lookup().findVarHandle(Node.class, "next", Node.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // read and written through NEXT
  private Node next;

  Node() {}

  /** The node linked after this one, or null when none is published yet. */
  final Node next() {
    return (Node) NEXT.getAcquire(this);
  }

  /** Publishes {@code node} as the one after this. */
  final void link(Node node) {
    NEXT.setRelease(this, node);
  }
}
