/**
 * The web edge shared by every feature: the JAX-RS application, the filter that reads the caller
 * from the verified token, JSON-B settings and the one mapping of errors to RFC 9457 problem details.
 */
package org.accord.web;
