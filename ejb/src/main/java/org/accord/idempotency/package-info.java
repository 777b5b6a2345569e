/**
 * Idempotency keys on creating calls: a retry with the same key returns the first result instead
 * of creating a duplicate (draft-ietf-httpapi-idempotency-key-header).
 */
package org.accord.idempotency;
