package com.acme;

public enum Format { CSV, PDF, X_LSX }
