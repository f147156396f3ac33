package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.PageCursor;

/** Where a client stands in a search: the order of the ranking, and whether typos were searched. */
record SearchRank(int tier, int distance, String nameKey, long number, boolean typos) {

    static final SearchRank FIRST = new SearchRank(0, 0, "", 0, false);

    static SearchRank afterTier(int tier, boolean typos) {
        return new SearchRank(tier, Integer.MAX_VALUE, ClientSearch.AFTER_ALL, Long.MAX_VALUE, typos);
    }

    String cursor() {
        return new PageCursor(
                        "relevance",
                        tier + "|" + distance + "|" + (typos ? 1 : 0) + "|" + nameKey,
                        String.valueOf(number),
                        0)
                .encode();
    }

    static SearchRank of(PageCursor cursor) {
        try {
            String[] parts = cursor.key().split("\\|", 4);
            return new SearchRank(
                    Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]),
                    parts[3],
                    Long.parseLong(cursor.id()),
                    parts[2].equals("1"));
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("cursor", "invalid_value", "is not a cursor this service gave out");
        }
    }
}
