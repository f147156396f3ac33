-- A key's block is read through the keys' GIN index, whatever the statistics say. The function's
-- query is planned once per calling statement without its parameters, for a tenant of average size
-- and a key of default selectivity; after an import changed the statistics, that generic plan
-- became a sequential scan stopping at the block's limit, which for a rare key (nearly every key)
-- reads the whole table: 75 ms a key instead of a fraction of one, and an incremental duplicate
-- pass of 150 written clients of a 50,000-client tenant ran 114 s instead of 0.5 s. A bitmap scan is
-- then the only way left to the planner, and of those the index of the keys is the cheap one.
alter function clientela_duplicate_block(text, integer) set enable_seqscan = off set enable_indexscan = off;
