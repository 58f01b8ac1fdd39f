package dev.telemetry.runtime.event;

import java.util.Objects;

/**
 * The base of the writers the annotation processor generates, which hand-written writers may use
 * too: it holds the event class and its descriptor, and answers {@link #snapshot} for the common
 * cases, so that a writer itself declares only {@link #distinctId} and {@link #writeProperties}.
 *
 * <p>A writer whose events can never change once built (such as a record of immutable values)
 * passes {@code immutable = true}, and {@code snapshot} returns the event itself; any other writer
 * passes {@code false}, and {@code snapshot} returns {@code null} (encode at once) unless the writer
 * overrides it, to return an unchangeable copy.
 *
 * @param <E> the event class
 */
public abstract class GeneratedEventWriter<E> implements EventWriter<E> {
  private final Class<E> eventClass;
  private final EventDescriptor descriptor;
  private final boolean immutable;

  /**
   * A writer of {@code eventClass}'s instances as the event {@code descriptor} describes.
   *
   * @param eventClass the class whose instances this writer encodes
   * @param descriptor the event this writer encodes
   * @param immutable whether an event, once built, can never change, so that the runtime may
   *     encode it later, on its delivery thread
   */
  protected GeneratedEventWriter(Class<E> eventClass, EventDescriptor descriptor, boolean immutable) {
    this.eventClass = Objects.requireNonNull(eventClass, "eventClass");
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.immutable = immutable;
  }

  @Override
  public final EventDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final Class<E> eventClass() {
    return eventClass;
  }

  /**
   * The event itself when this writer's events are immutable, else {@code null}: the event is
   * encoded at once. Writers that can copy an event into one that cannot change override this.
   */
  @Override
  public E snapshot(E event) {
    return immutable ? event : null;
  }
}
