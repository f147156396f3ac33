package dev.clientela.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/** One page of a listing: {@code {data, has_more, next_cursor}}, plus {@code total} when asked for. */
public record Page<T>(
        List<T> data,
        boolean hasMore,
        String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(data.stream().map(mapper).toList(), hasMore, nextCursor, total);
    }
}
