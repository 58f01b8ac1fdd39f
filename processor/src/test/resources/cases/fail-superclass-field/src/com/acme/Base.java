package com.acme;

public abstract class Base {
  public String exportedBy;
  public String clientIp;
}
