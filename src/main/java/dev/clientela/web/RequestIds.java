package dev.clientela.web;

import org.slf4j.MDC;

/** The id of the request being served, for records that remember which request made them. */
public final class RequestIds {

    private RequestIds() {}

    public static String current() {
        return MDC.get(RequestIdFilter.MDC_KEY);
    }
}
