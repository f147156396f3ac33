package dev.clientela.client;

public enum ClientKind {
    PERSON,
    COMPANY
}
