package com.acme;

public class Owner {
  private final int seats;
  private final Plan plan;
  @dev.telemetry.annotations.TelemetryIgnore private final String emailAddress;

  public Owner(int seats, Plan plan, String emailAddress) {
    this.seats = seats;
    this.plan = plan;
    this.emailAddress = emailAddress;
  }

  public int getSeats() { return seats; }
  Plan plan() { return plan; }
}
