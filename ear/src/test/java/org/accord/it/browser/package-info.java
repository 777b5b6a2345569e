/**
 * Browser tests of whole user journeys through the web UI, in headless Chromium against the running
 * portal and Keycloak. Page helpers keep the tests in the words a user would use.
 */
package org.accord.it.browser;
