package com.acme;

@Sensitive
public record Label(String text) {}
