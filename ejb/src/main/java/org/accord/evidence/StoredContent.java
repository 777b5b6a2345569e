package org.accord.evidence;

/**
 * Bytes that the store holds: where ({@code key}), their SHA-256 (hex), size and sniffed media type, and
 * whether this write created the stored file (false when the same bytes were there already).
 */
public record StoredContent(String key, String sha256, long size, String mediaType, boolean created) {
}
