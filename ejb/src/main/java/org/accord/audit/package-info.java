/**
 * The one way to write an audit record: who did what to which object, in the transaction of the
 * action itself (or, for refusals, in a transaction of its own so the record survives the rollback).
 * The tamper-evident exchange log builds on these records.
 */
package org.accord.audit;
