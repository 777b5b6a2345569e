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

    /**
     * The position of the first row of page {@code page} (from 0) of {@code size} rows; a page so far that the
     * position does not fit a database offset is bad input, not an overflow.
     */
    public static int offset(int page, int size) {
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "must be at most " + Integer.MAX_VALUE / size + " with pages of "
                    + size);
        }
        return (int) offset;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, exact);
    }
}
