/**
 * Agreements: the rules two or more countries ratified in advance (PRODUCT.md, "Agreement"), their
 * lifecycle and versions, and the one enforcement lookup that every cross-border action asks.
 */
package org.accord.agreement;
