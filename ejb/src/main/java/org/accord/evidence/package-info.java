/**
 * Evidence exchange (docs/evidence.md): files attached to reports, stored content-addressed and hashed in
 * one streaming pass, checked on every download, shared with partner countries under agreements until
 * their retention ends, with a chain of custody of every event.
 */
package org.accord.evidence;
