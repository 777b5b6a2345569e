package org.accord.exchangelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The next sequence number. An append reads this single row under a write lock that lasts until
 * its transaction ends, so entries get gapless numbers and commit in the order of their numbers.
 */
@Entity
@Table(name = "exchange_log_state")
public class ExchangeLogState {

    static final int SINGLETON = 1;

    @Id
    private int id;

    @Column(name = "next_seq", nullable = false)
    private long nextSeq;

    protected ExchangeLogState() {
    }

    long take() {
        return nextSeq++;
    }

    long size() {
        return nextSeq;
    }
}
