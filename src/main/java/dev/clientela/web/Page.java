package dev.clientela.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: {@code {data, has_more, next_cursor}}, plus {@code total} when asked for
 * ({@code total_is_estimate} says whether it was counted or estimated, where it may be estimated). */
public record Page<T>(
        List<T> data,
        boolean hasMore,
        String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long total,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalIsEstimate) {

    public Page(List<T> data, boolean hasMore, String nextCursor, Long total) {
        this(data, hasMore, nextCursor, total, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(data.stream().map(mapper).toList(), hasMore, nextCursor, total, totalIsEstimate);
    }
}
