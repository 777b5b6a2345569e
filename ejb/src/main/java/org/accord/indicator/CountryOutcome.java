package org.accord.indicator;

/**
 * What became of one country's request: {@code sent} with the request and the number of indicators it
 * carries, or {@code refused} with the HTTP status a single request would have got and the reason.
 */
public record CountryOutcome(String country, String outcome, String request, long indicators, Integer status,
        String reason) {

    static CountryOutcome sent(String country, String request, long indicators) {
        return new CountryOutcome(country, "sent", request, indicators, null, null);
    }

    static CountryOutcome refused(String country, int status, String reason) {
        return new CountryOutcome(country, "refused", null, 0, status, reason);
    }
}
