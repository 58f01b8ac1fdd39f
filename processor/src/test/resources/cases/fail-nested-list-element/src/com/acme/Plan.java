package com.acme;

public enum Plan { FREE, TEAM, ENTERPRISE }
