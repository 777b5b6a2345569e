/**
 * Merkle tree hashing and proofs of RFC 9162 (Certificate Transparency 2.0, same hashing as RFC 6962):
 * the tree hash of a list of leaves, computed streaming in O(log n) memory, and the generation and
 * verification of inclusion and consistency proofs. The exchange log is such a tree; nothing here knows
 * what a leaf holds.
 */
package org.accord.exchangelog.merkle;
