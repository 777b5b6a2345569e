package org.accord.cooperation.rest;

import java.util.List;

/** One page of an inbox, with the total the caller may see. */
public record RequestPageView(List<RequestSummary> items, int page, int size, long total) {
}
