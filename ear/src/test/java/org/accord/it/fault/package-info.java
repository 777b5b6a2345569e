/**
 * The fault tests (SECURITY.md cases 20–22): the database stopped or hung, Keycloak unreachable, a realm key
 * rotated. They break only parts of their own, which {@link org.accord.it.fault.FaultPortal} starts: a throwaway
 * PostgreSQL, a second WildFly and a relay to Keycloak. Failsafe runs them in an execution of their own (tag
 * {@code fault}) after the other system tests.
 */
package org.accord.it.fault;
