package org.accord.indicator.ui;

/** A name and a number, for the page's count tables. */
public class Count {
    private final String name;
    private final long count;

    Count(String name, long count) {
        this.name = name;
        this.count = count;
    }

    public String getName() { return name; }
    public long getCount() { return count; }
}
