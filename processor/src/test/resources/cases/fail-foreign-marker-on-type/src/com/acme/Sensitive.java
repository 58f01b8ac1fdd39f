package com.acme;

import java.lang.annotation.*;

@Retention(RetentionPolicy.CLASS)
public @interface Sensitive {}
