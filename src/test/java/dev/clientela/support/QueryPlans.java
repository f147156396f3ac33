package dev.clientela.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What PostgreSQL reports of a statement it ran under {@link #EXPLAIN}. */
public final class QueryPlans {

    /** Runs the statement that follows and answers its plan, with what it touched, as JSON. */
    public static final String EXPLAIN = "explain (analyze, buffers, format json) ";

    private QueryPlans() {}

    /** The shared pages the statement touched, found in memory or read: its plan's top node counts them all. */
    public static long pagesRead(String plan) {
        JsonNode top = new ObjectMapper().readTree(plan).get(0).get("Plan");
        return top.get("Shared Hit Blocks").longValue()
                + top.get("Shared Read Blocks").longValue();
    }
}
