/**
 * The exchange log: an append-only, tamper-evident record of every action that crosses a border or
 * decides access across one. Entries are leaves of an RFC 9162 Merkle tree whose heads the portal
 * signs (Ed25519), so anyone can verify inclusion and consistency offline (docs/exchange-log.md).
 */
package org.accord.exchangelog;
