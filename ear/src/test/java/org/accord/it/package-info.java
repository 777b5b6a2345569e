/**
 * Whole-system tests (failsafe {@code *IT}) of the deployed EAR with real Keycloak tokens: each
 * class proves one concern of issue 2 (tenant isolation, tokens, bad input, idempotency,
 * optimistic locking, concurrency, history) the way a client of the API sees it.
 */
package org.accord.it;
