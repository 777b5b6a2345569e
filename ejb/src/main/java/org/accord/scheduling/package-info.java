/**
 * Scheduled jobs in a cluster: every node's EJB timer fires, one node per run does the work, claimed in
 * the database (docs/deployment.md, "Cluster").
 */
package org.accord.scheduling;
