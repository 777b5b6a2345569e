/**
 * What the system tests share: an HTTP client of the deployed portal ({@link org.accord.it.support.Api}),
 * real tokens from the running Keycloak ({@link org.accord.it.support.Tokens}), the realm's demo
 * users and report bodies. No mocks: every call reaches the real EAR.
 */
package org.accord.it.support;
