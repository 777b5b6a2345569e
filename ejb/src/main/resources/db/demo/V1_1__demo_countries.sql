-- DEMO DATA ONLY (location db/demo, skipped when ACCORD_DEMO_DATA=false): four countries with
-- made-up contacts and illustrative constituencies.
insert into country (code, name, cert_name, contact_24x7, time_zone, ip_prefixes, as_numbers, domain_suffixes)
values ('CN', 'China', 'CNCERT/CC (demo)', '+86 10 0000 0000 / duty@cert.cn.example', 'Asia/Shanghai',
        '1.80.0.0/13' || chr(10) || '36.96.0.0/11' || chr(10) || '240e::/20', '4134' || chr(10) || '4837',
        '.cn'),
       ('US', 'United States', 'CISA Central (demo)', '+1 202 000 0000 / duty@cert.us.example', 'America/New_York',
        '4.0.0.0/9' || chr(10) || '2600::/12', '7018' || chr(10) || '701', '.us' || chr(10) || '.gov'),
       ('DE', 'Germany', 'CERT-Bund (demo)', '+49 228 000 0000 / duty@cert.de.example', 'Europe/Berlin',
        '5.144.0.0/14' || chr(10) || '2003::/19', '3320', '.de'),
       ('FR', 'France', 'CERT-FR (demo)', '+33 1 00 00 00 00 / duty@cert.fr.example', 'Europe/Paris',
        '2.0.0.0/12' || chr(10) || '2a01::/16', '3215', '.fr');

insert into report_counter (country_code, counter_year, last_number)
select code, 2026, 0 from country;
