package com.acme;

public record Owner(int seats, Plan plan,
    int teams) {}
