package org.accord.indicator;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.format.util.AssociativeAddressTrie.AssociativeTrieNode;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accord.country.Country;

/**
 * The countries' declared constituencies as lookup structures (docs/indicators.md, "Routing"): prefix
 * tries for IPs (longest prefix wins), a suffix map for domains (most specific suffix wins), a map for
 * AS numbers. A prefix, suffix or number that two countries declare routes to neither: a conflict,
 * reported, never guessed. Built once per import; lookups are read-only.
 */
public final class Constituencies {

    private final IPv4AddressAssociativeTrie<Set<String>> ipv4 = new IPv4AddressAssociativeTrie<>();
    private final IPv6AddressAssociativeTrie<Set<String>> ipv6 = new IPv6AddressAssociativeTrie<>();
    private final Map<String, Set<String>> suffixes = new HashMap<>();
    private final Map<Long, Set<String>> asns = new HashMap<>();

    public static Constituencies of(Collection<Country> countries) {
        Constituencies c = new Constituencies();
        for (Country country : countries) {
            String code = country.getCode();
            country.getIpPrefixes().forEach(p -> c.addPrefix(p, code));
            country.getAsNumbers().forEach(n -> c.asns.computeIfAbsent(n, k -> new TreeSet<>()).add(code));
            country.getDomainSuffixes().forEach(s -> c.suffixes.computeIfAbsent(suffixKey(s), k -> new TreeSet<>())
                    .add(code));
        }
        return c;
    }

    private void addPrefix(String prefix, String code) {
        IPAddress block = new IPAddressString(prefix.strip()).getAddress();
        if (block == null) {
            return; // CountryDraft validated every prefix; a row written around it is not routed to
        }
        block = block.toPrefixBlock();
        if (block.isIPv4()) {
            ipv4.remapIfAbsent(block.toIPv4(), TreeSet::new, false).getValue().add(code);
        } else {
            ipv6.remapIfAbsent(block.toIPv6(), TreeSet::new, false).getValue().add(code);
        }
    }

    /** ".cn" and "cn" declare the same suffix: a whole label, never part of one. */
    private static String suffixKey(String suffix) {
        String s = suffix.strip().toLowerCase();
        return s.startsWith(".") ? s.substring(1) : s;
    }

    public Route route(Normalised value) {
        if (!value.type().isRoutable()) {
            return Route.NONE;
        }
        if (value.address() != null) {
            return ip(value.address());
        }
        if (value.domain() != null) {
            return domain(value.domain());
        }
        return value.type() == IndicatorType.ASN ? Route.of(asns.get(value.asn())) : Route.UNMATCHED;
    }

    /** The longest declared prefix that contains the address, or the whole block of a CIDR value. */
    Route ip(IPAddress address) {
        AssociativeTrieNode<?, Set<String>> node = address.isIPv4() ? ipv4.longestPrefixMatchNode(address.toIPv4())
                : ipv6.longestPrefixMatchNode(address.toIPv6());
        return node == null ? Route.UNMATCHED : Route.of(node.getValue());
    }

    /** The most specific declared suffix: a.b.example.cn tries a.b.example.cn, b.example.cn, example.cn, cn. */
    Route domain(String domain) {
        for (int from = 0; from >= 0; ) {
            Set<String> claimants = suffixes.get(domain.substring(from));
            if (claimants != null) {
                return Route.of(claimants);
            }
            int dot = domain.indexOf('.', from);
            from = dot < 0 ? -1 : dot + 1;
        }
        return Route.UNMATCHED;
    }
}
