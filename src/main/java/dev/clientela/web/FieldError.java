package dev.clientela.web;

/** One invalid value in a request: where it is ({@code address.ubigeo}), a stable code, and what is wrong. */
public record FieldError(String field, String code, String message) {}
