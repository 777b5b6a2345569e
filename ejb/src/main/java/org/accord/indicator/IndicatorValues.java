package org.accord.indicator;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates and normalises indicator values per type (docs/indicators.md, "Normalised values"), so that
 * one host is one row however a feed wrote it, and routing can trust what it reads. IPv4 is parsed by
 * hand first: it is most of a large report, and the strict dotted-decimal form needs no library.
 */
public final class IndicatorValues {

    public static final int MAX_LENGTH = 2048;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", Pattern.DOTALL);
    private static final long MAX_ASN = 4_294_967_295L;

    private IndicatorValues() {
    }

    public static Normalised normalise(IndicatorType type, String raw) throws InvalidValueException {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("value is empty");
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("value is longer than " + MAX_LENGTH + " characters");
        }
        return switch (type) {
            case IPV4 -> ipv4(text);
            case IPV6 -> ipv6(text);
            case CIDR -> cidr(text);
            case DOMAIN -> domainIndicator(text);
            case URL -> url(text);
            case EMAIL -> email(text);
            case SHA256 -> hash(type, text, HEX64, "64");
            case MD5 -> hash(type, text, HEX32, "32");
            case ASN -> asn(text);
        };
    }

    static Normalised ipv4(String text) throws InvalidValueException {
        long bits = dottedQuad(text);
        if (bits >= 0) {
            return new Normalised(IndicatorType.IPV4, text, new IPv4Address((int) bits), null, 0);
        }
        IPAddress other = new IPAddressString(text).getAddress();
        if (other != null && other.isIPv6()) {
            throw new InvalidValueException("is an IPv6 address, not IPv4");
        }
        throw new InvalidValueException("is not an IPv4 address in dotted decimal (such as 192.0.2.1)");
    }

    /** The address as an unsigned 32-bit number, or -1 unless strict dotted decimal without leading zeros. */
    static long dottedQuad(String text) {
        long value = 0;
        int parts = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            int part = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 3) {
                part = part * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || part > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | part;
            parts++;
            if (i < n) {
                if (text.charAt(i) != '.' || parts == 4 || i + 1 == n) {
                    return -1;
                }
                i++;
            }
        }
        return parts == 4 ? value : -1;
    }

    static Normalised ipv6(String text) throws InvalidValueException {
        if (text.indexOf('/') >= 0 || text.indexOf('%') >= 0) {
            throw new InvalidValueException("is not a single IPv6 address (no prefix or zone)");
        }
        IPAddress address = new IPAddressString(text).getAddress();
        if (address == null || !address.isIPv6() || address.isMultiple()) {
            if (dottedQuad(text) >= 0) {
                throw new InvalidValueException("is an IPv4 address, not IPv6");
            }
            throw new InvalidValueException("is not an IPv6 address");
        }
        return new Normalised(IndicatorType.IPV6, address.toCanonicalString(), address, null, 0);
    }

    static Normalised cidr(String text) throws InvalidValueException {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException("is not a CIDR block (such as 192.0.2.0/24)");
        }
        String host = text.substring(0, slash);
        if (host.indexOf(':') < 0 && dottedQuad(host) < 0) {
            throw new InvalidValueException("is not a CIDR block: " + host + " is not an address");
        }
        IPAddress address = new IPAddressString(text).getAddress();
        if (address == null || !address.isPrefixed() || text.indexOf('%') >= 0) {
            throw new InvalidValueException("is not a CIDR block (such as 192.0.2.0/24 or 2001:db8::/32)");
        }
        IPAddress block = address.toPrefixBlock();
        return new Normalised(IndicatorType.CIDR, block.toCanonicalString(), block, null, 0);
    }

    /** Lower case, punycode, no trailing dot, two or more labels of letters, digits, hyphens, underscores. */
    static String domain(String text) throws InvalidValueException {
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        try {
            name = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("is not a domain name (" + e.getMessage() + ")");
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2 || name.length() > 253) {
            throw new InvalidValueException("is not a domain name (two or more labels, at most 253 characters)");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidValueException("is not a domain name (label \"" + label + "\")");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("is not a domain name (the last label is a number)");
        }
        return name;
    }

    private static Normalised domainIndicator(String text) throws InvalidValueException {
        String name = domain(text);
        return new Normalised(IndicatorType.DOMAIN, name, null, name, 0);
    }

    static Normalised url(String text) throws InvalidValueException {
        var m = URL.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException("is not an absolute URL (such as http://example.org/path)");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            case "ftp" -> 21;
            default -> throw new InvalidValueException("has scheme " + scheme + "; http, https and ftp are accepted");
        };
        String authority = m.group(2);
        String rest = m.group(3);
        requirePrintableAscii(rest);
        String userInfo = "";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at + 1);
            requirePrintableAscii(userInfo);
            authority = authority.substring(at + 1);
        }
        String host = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon) {
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw new InvalidValueException("has an invalid port " + port);
            }
            port = Integer.parseInt(port) == defaultPort ? "" : ":" + Integer.parseInt(port);
        }
        if (host.isEmpty()) {
            throw new InvalidValueException("is not an absolute URL: no host");
        }
        IPAddress address = null;
        String domain = null;
        String hostText;
        if (host.startsWith("[") && host.endsWith("]")) {
            address = ipv6(host.substring(1, host.length() - 1)).address();
            hostText = "[" + address.toCanonicalString() + "]";
        } else if (dottedQuad(host) >= 0) {
            address = ipv4(host).address();
            hostText = host;
        } else {
            domain = domain(host);
            hostText = domain;
        }
        String value = scheme + "://" + userInfo + hostText + port + rest;
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("value is longer than " + MAX_LENGTH + " characters");
        }
        return new Normalised(IndicatorType.URL, value, address, domain, 0);
    }

    static Normalised email(String text) throws InvalidValueException {
        int at = text.lastIndexOf('@');
        if (at <= 0 || !LOCAL_PART.matcher(text.substring(0, at)).matches()) {
            throw new InvalidValueException("is not an e-mail address (local@domain)");
        }
        String domain = domain(text.substring(at + 1));
        return new Normalised(IndicatorType.EMAIL, text.substring(0, at) + "@" + domain, null, domain, 0);
    }

    static Normalised asn(String text) throws InvalidValueException {
        String digits = text.regionMatches(true, 0, "AS", 0, 2) ? text.substring(2) : text;
        if (!digits.matches("[1-9][0-9]{0,9}") || Long.parseLong(digits) > MAX_ASN) {
            throw new InvalidValueException("is not an AS number (1 to 4294967295, such as AS4134)");
        }
        long asn = Long.parseLong(digits);
        return new Normalised(IndicatorType.ASN, Long.toString(asn), null, null, asn);
    }

    private static Normalised hash(IndicatorType type, String text, Pattern hex, String digits)
            throws InvalidValueException {
        if (!hex.matcher(text).matches()) {
            throw new InvalidValueException("is not a " + type.wire() + " hash (" + digits + " hexadecimal digits)");
        }
        return Normalised.plain(type, text.toLowerCase(Locale.ROOT));
    }

    private static void requirePrintableAscii(String text) throws InvalidValueException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new InvalidValueException("contains a space, control or non-ASCII character; percent-encode it");
            }
        }
    }
}
