package com.acme;

public enum Column { Date, AMOUNT, status }
