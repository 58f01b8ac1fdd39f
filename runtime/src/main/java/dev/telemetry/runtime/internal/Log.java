package dev.telemetry.runtime.internal;

/**
 * The runtime's logger, {@code dev.telemetry.runtime}, looked up at the first message rather than
 * when a class loads: the first {@link System#getLogger} starts the logging backend, milliseconds
 * that a short-lived program which logs nothing should not pay.
 */
public final class Log {
  private Log() {}

  /** The logger, created at the first call. */
  public static System.Logger get() {
    return Holder.LOGGER;
  }

  private static final class Holder {
    static final System.Logger LOGGER = System.getLogger("dev.telemetry.runtime");
  }
}
