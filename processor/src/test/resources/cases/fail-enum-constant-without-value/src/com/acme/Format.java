package com.acme;

public enum Format {
  CSV,
  PDF,
  DOCX
}
