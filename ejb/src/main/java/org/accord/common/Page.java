package org.accord.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a sorted list, with the total number of matching rows the caller may see; when
 * {@code exact} is false the list was counted only up to {@code total}, and there are more.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean exact) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, exact);
    }
}
