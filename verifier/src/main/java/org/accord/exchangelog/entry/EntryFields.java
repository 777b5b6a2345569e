package org.accord.exchangelog.entry;

import java.util.List;

/** The member names of an entry's JSON, and their canonical order. */
public final class EntryFields {

    public static final String ACTION = "action";
    public static final String ACTOR = "actor";
    public static final String ACTOR_COUNTRY = "actorCountry";
    public static final String AGREEMENT_ID = "agreementId";
    public static final String COUNTRIES = "countries";
    public static final String OBJECT_ID = "objectId";
    public static final String OBJECT_TYPE = "objectType";
    public static final String OUTCOME = "outcome";
    public static final String SEQ = "seq";
    public static final String TIME = "time";

    /**
     * Every member in the order RFC 8785 §3.2.3 prescribes: sorted by the UTF-16 code units of the names
     * ({@code "actor"} before {@code "actorCountry"}, {@code "objectId"} before {@code "objectType"}).
     */
    public static final List<String> CANONICAL_ORDER = List.of(ACTION, ACTOR, ACTOR_COUNTRY, AGREEMENT_ID,
            COUNTRIES, OBJECT_ID, OBJECT_TYPE, OUTCOME, SEQ, TIME);

    private EntryFields() {
    }
}
