package org.accord.it.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deterministic indicator feed like the incident that started Accord (issue 6): {@code c2} control servers
 * and {@code infected} infected systems, all IPv4, spread over the declared prefixes of the countries given,
 * plus one in ten from 100.64.0.0/10 that no country declares. The same seed gives the same bytes.
 * <p>
 * It also computes, independently of the portal's prefix trie, where each distinct address must route: for
 * every prefix length from /32 down, a hash lookup of the masked address; two countries declaring the
 * winning prefix is a conflict. JDK only, so the benchmark runs it as a single source file:
 * {@code java IndicatorFeed.java feed|expect|countries PREFIXES INFECTED C2}.
 */
public final class IndicatorFeed {

    public static final long SEED = 1_290_000_2196L;
    private static final int UNDECLARED = 0x64400000; // 100.64.0.0/10, shared address space

    /** One declared IPv4 prefix of a country. */
    public record Prefix(String country, int network, int length) {
        static Prefix parse(String country, String text) {
            String[] parts = text.split("/");
            String[] octets = parts[0].split("\\.");
            int network = 0;
            for (String octet : octets) {
                network = network << 8 | Integer.parseInt(octet);
            }
            int length = Integer.parseInt(parts[1]);
            return new Prefix(country, network & mask(length), length);
        }
    }

    /** Where the feed routes: per country the distinct indicators per role, plus conflicts and unmatched. */
    public record Expected(Map<String, Map<String, Long>> byCountry, long conflicts, long unmatched, long distinct) {
    }

    private final List<Prefix> prefixes;
    private final int infected;
    private final int c2;

    public IndicatorFeed(List<Prefix> prefixes, int infected, int c2) {
        this.prefixes = prefixes.stream().filter(p -> p.length() <= 30).toList();
        this.infected = infected;
        this.c2 = c2;
    }

    /** Prefixes from "CC a.b.c.d/n" lines (IPv6 and other lines are ignored). */
    public static List<Prefix> parse(List<String> lines) {
        List<Prefix> result = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 2 && f[1].contains(".") && f[1].contains("/")) {
                result.add(Prefix.parse(f[0], f[1]));
            }
        }
        return result;
    }

    /** The CSV body: a header, the control servers, then the infected systems. */
    public void write(Writer out) throws IOException {
        out.write("type,value,role\n");
        SplittableRandom random = new SplittableRandom(SEED);
        int[] used = new int[prefixes.size()];
        int undeclared = 0;
        for (int i = 0; i < c2 + infected; i++) {
            String role = i < c2 ? "c2-server" : "infected-system";
            int address;
            if (random.nextInt(10) == 0) {
                address = UNDECLARED | scramble(undeclared++, 22);
            } else {
                int p = random.nextInt(prefixes.size());
                Prefix prefix = prefixes.get(p);
                address = prefix.network() | scramble(used[p]++, 32 - prefix.length());
            }
            out.write("ipv4,");
            out.write(text(address));
            out.write(',');
            out.write(role);
            out.write('\n');
        }
        out.flush();
    }

    /** Where the distinct addresses of the feed route, the first role of an address winning (as the portal merges). */
    public Expected expected() throws IOException {
        Map<Integer, String> roles = new HashMap<>();
        Writer collector = new Writer() {
            final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] buffer, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    if (buffer[i] == '\n') {
                        String[] f = line.toString().split(",");
                        if (f[0].equals("ipv4")) {
                            roles.putIfAbsent(Prefix.parse("", f[1] + "/32").network(), f[2]);
                        }
                        line.setLength(0);
                    } else {
                        line.append(buffer[i]);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        write(collector);
        List<Map<Integer, Set<String>>> byLength = new ArrayList<>();
        for (int length = 0; length <= 32; length++) {
            byLength.add(new HashMap<>());
        }
        for (Prefix p : prefixes) {
            byLength.get(p.length()).computeIfAbsent(p.network(), k -> new TreeSet<>()).add(p.country());
        }
        Map<String, Map<String, Long>> byCountry = new TreeMap<>();
        long conflicts = 0;
        long unmatched = 0;
        for (var entry : roles.entrySet()) {
            Set<String> claimants = null;
            for (int length = 32; length >= 0 && claimants == null; length--) {
                claimants = byLength.get(length).get(entry.getKey() & mask(length));
            }
            if (claimants == null) {
                unmatched++;
            } else if (claimants.size() > 1) {
                conflicts++;
            } else {
                byCountry.computeIfAbsent(claimants.iterator().next(), c -> new TreeMap<>())
                        .merge(entry.getValue(), 1L, Long::sum);
            }
        }
        return new Expected(byCountry, conflicts, unmatched, roles.size());
    }

    /**
     * Eight more countries with thousands of prefixes between them: each declares 400 /16s of its own and
     * a /24 inside every tenth /16 of the next country (so the longest prefix decides), as "CC prefix" lines.
     */
    public static List<String> moreCountries() {
        String[] codes = {"JP", "BR", "IN", "ZA", "KR", "GB", "AU", "CA"};
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < codes.length; c++) {
            for (int i = 0; i < 400; i++) {
                int first = 60 + c * 2 + i / 256;
                lines.add(codes[c] + " " + first + "." + (i % 256) + ".0.0/16");
            }
            int next = (c + 1) % codes.length;
            for (int i = 0; i < 400; i += 10) {
                int first = 60 + next * 2 + i / 256;
                lines.add(codes[c] + " " + first + "." + (i % 256) + "." + (i % 200 + 7) + ".0/24");
            }
        }
        return lines;
    }

    /** A bijection of [0, 2^bits) that spreads consecutive numbers over the block. */
    private static int scramble(int k, int bits) {
        if (bits == 0) {
            return 0;
        }
        long size = 1L << bits;
        return (int) ((k * 0x9E3779B1L) & (size - 1));
    }

    private static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    private static String text(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "." + (address & 255);
    }

    /** {@code feed|expect PREFIX_FILE INFECTED C2} to stdout, or {@code countries} (the eight more, "CC prefix"). */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("countries")) {
            moreCountries().forEach(System.out::println);
            return;
        }
        IndicatorFeed feed = new IndicatorFeed(parse(Files.readAllLines(Path.of(args[1]))),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        if (args[0].equals("feed")) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
            feed.write(out);
        } else {
            Expected e = feed.expected();
            StringBuilder json = new StringBuilder("{\"distinct\":" + e.distinct() + ",\"conflicts\":" + e.conflicts()
                    + ",\"unmatched\":" + e.unmatched() + ",\"countries\":{");
            e.byCountry().forEach((country, roles) -> {
                json.append('"').append(country).append("\":{");
                roles.forEach((role, n) -> json.append('"').append(role).append("\":").append(n).append(','));
                json.setLength(json.length() - 1);
                json.append("},");
            });
            if (json.charAt(json.length() - 1) == ',') {
                json.setLength(json.length() - 1);
            }
            System.out.println(json.append("}}"));
        }
    }
}
