package org.accord.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Reference Security Incident Taxonomy (RSIT, ENISA/TF-CSIRT, machine-readable values): each
 * incident class with the incident types it contains.
 */
public final class Rsit {

    private static final Map<String, Set<String>> TYPES_BY_CLASS = new LinkedHashMap<>();

    static {
        add("abusive-content", "spam", "harmful-speech", "violence");
        add("malicious-code", "infected-system", "c2-server", "malware-distribution", "malware-configuration");
        add("information-gathering", "scanner", "sniffing", "social-engineering");
        add("intrusion-attempts", "ids-alert", "brute-force", "exploit");
        add("intrusions", "privileged-account-compromise", "unprivileged-account-compromise",
                "application-compromise", "system-compromise", "burglary");
        add("availability", "dos", "ddos", "misconfiguration", "sabotage", "outage");
        add("information-content-security", "unauthorised-information-access",
                "unauthorised-information-modification", "data-loss", "data-leak");
        add("fraud", "unauthorised-use-of-resources", "copyright", "masquerade", "phishing");
        add("vulnerable", "weak-crypto", "ddos-amplifier", "potentially-unwanted-accessible",
                "information-disclosure", "vulnerable-system");
        add("other", "other", "undetermined");
        add("test", "test");
    }

    private Rsit() {
    }

    private static void add(String incidentClass, String... types) {
        TYPES_BY_CLASS.put(incidentClass, Set.of(types));
    }

    public static boolean isClass(String incidentClass) {
        return TYPES_BY_CLASS.containsKey(incidentClass);
    }

    public static boolean isTypeOf(String incidentClass, String type) {
        return TYPES_BY_CLASS.getOrDefault(incidentClass, Set.of()).contains(type);
    }

    public static List<String> classes() {
        return List.copyOf(TYPES_BY_CLASS.keySet());
    }

    public static List<String> typesOf(String incidentClass) {
        return TYPES_BY_CLASS.getOrDefault(incidentClass, Set.of()).stream().sorted().toList();
    }
}
