package org.accord.country;

/** Fired inside the transaction that registers a new country, so features can prepare for it. */
public record CountryRegistered(String code) {
}
