/** Database plumbing: versioned schema migrations (Flyway) run at deployment, and shared producers. */
package org.accord.persistence;
