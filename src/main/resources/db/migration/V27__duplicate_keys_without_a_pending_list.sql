-- The duplicate keys' GIN index and the dictionary's trigram index take each new entry into their
-- trees at once instead of a pending list. A GIN index with fastupdate queues new entries in an
-- unsorted list until VACUUM or 4 MB of them, and every search of the index reads that whole list:
-- a write looks up each of its ~25 keys, so with the list at 111 pages (1,211 entries, twenty seconds
-- of updates at a million clients) a write's look took 12-19 ms instead of 2, and the tenant's
-- updates ran at 108 a second instead of 170, its creates 65 instead of 205 (pgbench of the
-- service's own statements, 8 clients). A write now pays its entries' inserts itself, in sorted
-- trees where they are found. On a schema partitioned by tenant the setting belongs to each
-- partition's index (a partitioned index has no storage of its own). What was queued before is
-- moved into the trees now, not at the next VACUUM.
do $$
declare
    leaf regclass;
begin
    for leaf in
        select i.oid::regclass from pg_class i
        where i.relkind = 'i'
          and i.oid in (select 'clients_duplicate_keys_idx'::regclass union all select 'client_dictionary_trgm_idx'::regclass
                        union all select relid from pg_partition_tree('clients_duplicate_keys_idx') where isleaf
                        union all select relid from pg_partition_tree('client_dictionary_trgm_idx') where isleaf)
    loop
        execute format('alter index %s set (fastupdate = off)', leaf);
        perform gin_clean_pending_list(leaf);
    end loop;
end
$$;
