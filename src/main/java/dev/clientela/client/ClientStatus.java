package dev.clientela.client;

public enum ClientStatus {
    ACTIVE,
    INACTIVE
}
