package com.acme;

import java.util.Map;

public record Owner(int seats, Plan plan,
    Map<String, String> tags) {}
