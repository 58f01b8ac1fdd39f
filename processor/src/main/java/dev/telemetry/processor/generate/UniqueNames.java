package dev.telemetry.processor.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Hands out Java names that are valid and unique within one scope. A name that is taken gets the
 * first free numeric suffix ({@code RequestCreated2}); names are compared ignoring case, because
 * two top-level classes that differ only in case cannot live side by side on every file system.
 */
final class UniqueNames {
  private final Set<String> taken = new HashSet<>();

  /** Marks names as taken without handing them out (members that always exist, imported types). */
  UniqueNames reserve(String... names) {
    for (String name : names) {
      taken.add(key(name));
    }
    return this;
  }

  /** A scope nested in this one: it starts with the names taken here and takes its own on top. */
  UniqueNames nested() {
    UniqueNames nested = new UniqueNames();
    nested.taken.addAll(taken);
    return nested;
  }

  /** Returns {@code wanted}, made a valid identifier, or the first numbered variant that is free. */
  String allocate(String wanted) {
    String base = validIdentifier(wanted);
    String name = base;
    for (int suffix = 2; taken.contains(key(name)); suffix++) {
      name = base + suffix;
    }
    taken.add(key(name));
    return name;
  }

  private static String validIdentifier(String wanted) {
    String name = wanted.isEmpty() || !Character.isJavaIdentifierStart(wanted.charAt(0)) ? "_" + wanted : wanted;
    // "_" alone and keywords such as "default" or "class" cannot name anything.
    return SourceVersion.isName(name) ? name : name + "_";
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
