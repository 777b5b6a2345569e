package org.accord.indicator;

import inet.ipaddr.IPAddress;

/**
 * A valid indicator value in its canonical text, with what routing needs already parsed: the address or
 * block (IPs, CIDR, the host of a URL), the domain (domains, URL hosts, e-mail domains) or the AS number.
 */
public record Normalised(IndicatorType type, String value, IPAddress address, String domain, long asn) {

    static Normalised plain(IndicatorType type, String value) {
        return new Normalised(type, value, null, null, 0);
    }
}
