-- Every client written pays one entry in each of its indexes. Since search reads its words from
-- client_words (V10), no query looks phone digits, mobile digits or email addresses up in clients:
-- these three indexes were written with every client and read by nothing.
drop index clients_phone_idx;
drop index clients_mobile_idx;
drop index clients_email_idx;
