-- DEMO DATA ONLY: a few public holidays per demo country (yearly as --MM-DD, one-off as a date),
-- so that answer deadlines skip them.
update country set public_holidays = '--01-01' || chr(10) || '--05-01' || chr(10) || '--10-01' || chr(10) || '--10-02' || chr(10) || '--10-03'
 where code = 'CN';
update country set public_holidays = '--01-01' || chr(10) || '--07-04' || chr(10) || '2026-11-26' || chr(10) || '--12-25'
 where code = 'US';
update country set public_holidays = '--01-01' || chr(10) || '--05-01' || chr(10) || '--10-03' || chr(10) || '--12-25' || chr(10) || '--12-26'
 where code = 'DE';
update country set public_holidays = '--01-01' || chr(10) || '--05-01' || chr(10) || '--07-14' || chr(10) || '--11-11' || chr(10) || '--12-25'
 where code = 'FR';
