/**
 * Shared kernel: the typed business exceptions every feature throws (mapped once, at the edge, to
 * RFC 9457 problem details) and paging.
 */
package org.accord.common;
