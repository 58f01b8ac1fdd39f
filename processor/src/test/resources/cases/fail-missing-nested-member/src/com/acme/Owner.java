package com.acme;

public record Owner(int seats) {}
