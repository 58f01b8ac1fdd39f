package dev.telemetry.runtime;

import dev.telemetry.runtime.event.EventIndex;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.internal.Log;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The writers of every generated {@link EventIndex} on the class path, found once with {@link
 * ServiceLoader} and looked up per class through a {@link ClassValue} (no reflection, no scanning).
 */
final class EventWriters {

  private final Map<Class<?>, EventWriter<?>> byClass;
  private final ClassValue<EventWriter<?>> lookup =
      new ClassValue<>() {
        @Override
        protected EventWriter<?> computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            EventWriter<?> writer = byClass.get(c);
            if (writer != null) {
              return writer;
            }
          }
          return null;
        }
      };

  private EventWriters(Map<Class<?>, EventWriter<?>> byClass) {
    this.byClass = byClass;
  }

  /** Loads every index visible to the context class loader and to the runtime's own loader. */
  static EventWriters load(String hashing) {
    Set<ClassLoader> loaders = new LinkedHashSet<>();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      loaders.add(context);
    }
    loaders.add(EventWriters.class.getClassLoader());
    Map<Class<?>, EventWriter<?>> byClass = new HashMap<>();
    Set<Class<?>> seenIndexes = new LinkedHashSet<>();
    for (ClassLoader loader : loaders) {
      Iterator<EventIndex> indexes = ServiceLoader.load(EventIndex.class, loader).iterator();
      while (true) {
        EventIndex index;
        try {
          if (!indexes.hasNext()) {
            break;
          }
          index = indexes.next();
        } catch (ServiceConfigurationError e) {
          Log.get().log(Level.WARNING, "telemetry: an event index could not be loaded; its events will be dropped", e);
          continue;
        }
        if (seenIndexes.add(index.getClass())) {
          register(index, byClass, hashing);
        }
      }
    }
    return new EventWriters(byClass);
  }

  private static void register(EventIndex index, Map<Class<?>, EventWriter<?>> byClass, String hashing) {
    if (!index.hashing().equals(hashing)) {
      Log.get().log(
          Level.WARNING,
          "telemetry: the catalogue of namespace ''{0}'' declares hashing {1}, but the client hashes"
              + " with {2}; configure the client''s hasher to match the catalogue",
          index.namespace(), index.hashing(), hashing);
    }
    for (EventWriter<?> writer : index.writers()) {
      EventWriter<?> previous = byClass.putIfAbsent(writer.eventClass(), writer);
      if (previous != null && previous != writer) {
        Log.get().log(
            Level.WARNING,
            "telemetry: two writers for {0}; using the first, for event {1}",
            writer.eventClass().getName(), previous.descriptor().name());
      }
    }
  }

  /** The writer for instances of {@code type}, or null when no index knows the class. */
  @SuppressWarnings("unchecked")
  <E> EventWriter<E> find(Class<?> type) {
    return (EventWriter<E>) lookup.get(type);
  }
}
