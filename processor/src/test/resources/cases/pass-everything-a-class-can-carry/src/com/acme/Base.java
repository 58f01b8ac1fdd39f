package com.acme;

import java.time.Duration;

abstract class Base {
  protected String exportedBy;
  protected Duration took;
  private boolean scheduled;

  public boolean isScheduled() { return scheduled; }
  void setScheduled(boolean scheduled) { this.scheduled = scheduled; }
}
