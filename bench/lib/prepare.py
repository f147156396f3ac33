#!/usr/bin/env python3
"""Inputs for one benchmark run: the bodies wrk creates clients from, and the pgbench scripts that
run the service's own SQL for get and create (the search's SQL is captured from the service itself:
search.py).

  prepare.py --out DIR --clients N --start-ms MS --step-ms MS

Writes into DIR: bodies.txt (for wrk create), pk.sql, insert.sql.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

# Clients.COLUMNS
COLUMNS = """id, number, kind, name, legal_name, trade_name, doc_country, doc_type, doc_number, doc_formatted,
doc_check_digit, doc_anonymous, doc_typed, tax_id, email, phone, phone_e164, mobile, mobile_e164, address, notes,
image_url, external_code, status, metadata, credit_limit, version, created_at, updated_at, deleted_at"""



def lit(text):
    return "'" + text.replace("'", "''") + "'"


# The words Clients.indexed writes with the client, computed by the migration's function.
WORDS = """insert into client_words (tenant_id, client_id, word, name_key, number)
select c.tenant_id, c.id, w, c.name_key, c.number
from clients c, clientela_search_words(c.name, c.legal_name, c.trade_name, c.doc_number, c.phone, c.phone_e164,
                                       c.mobile, c.mobile_e164, c.email) w
where c.tenant_id = :tenant and c.doc_country = 'PE' and c.doc_type = 'DNI' and c.doc_number = cast(:d as text)
  and c.deleted_at is null
on conflict do nothing;
"""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--clients", type=int, required=True)
    p.add_argument("--start-ms", type=int, required=True)
    p.add_argument("--step-ms", type=int, required=True)
    p.add_argument("--seed", type=int, default=11)
    a = p.parse_args()
    r = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    # Clients with a Peru DNI, the document to be filled in per request / per transaction.
    templates = []
    i = 0
    while len(templates) < 200:
        body, cols = gen.make_client(r, 50_000_000 + i, "PE")
        i += 1
        if cols["doc_type"] == "DNI" and "external_code" not in body:
            templates.append((body, cols))
    with open(os.path.join(a.out, "bodies.txt"), "w", encoding="utf-8") as f:
        for body, _ in templates:
            body = dict(body)
            body["document"] = {"country": "PE", "type": "DNI", "number": "@DNI@"}
            f.write(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n")

    cols = COLUMNS.replace("\n", " ")
    step = a.step_ms
    with open(os.path.join(a.out, "pk.sql"), "w") as f:
        f.write("\\set i random(0, %d)\n\\set ms %d + :i * %d\n" % (a.clients - 1, a.start_ms, step))
        f.write("select %s from clients where tenant_id = :tenant and id = %s and deleted_at is null;\n"
                % (cols, gen.uuid_sql("cast(:ms as bigint)", "cast(:i as bigint)")))

    # Clients.insert, with the same kinds of values the HTTP create sends (a Peru DNI person).
    def arr(values, cast="text"):
        return "(cast(array[%s] as %s[]))[cast(:k as int)]" % (
            ", ".join("null" if v is None else lit(v if isinstance(v, str) else
                                                    json.dumps(v, ensure_ascii=False, separators=(",", ":")))
                      for v in values), cast)

    def col(name):
        return [c[name] for _, c in templates]

    def st_parts(c):
        st = c["search_text"]
        head, _, tail = st.partition(" | " + c["doc_number"])
        return head, tail

    uuid7 = ("cast(lpad(to_hex(cast(extract(epoch from clock_timestamp()) * 1000 as bigint)), 12, '0') || '7'"
             " || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15) as uuid)"
             ).replace("::text", "")
    uuid7 = uuid7.replace("md5(random())", "md5(cast(random() as text))")
    insert = """with n as (
    insert into client_counters as counter (tenant_id, last_number) values (:tenant, 1)
    on conflict (tenant_id) do update set last_number = counter.last_number + 1
    returning last_number)
insert into clients (tenant_id, id, number, kind, name, legal_name, trade_name, doc_country,
    doc_type, doc_number, doc_formatted, doc_check_digit, doc_anonymous, doc_typed, tax_id, email, phone,
    phone_e164, mobile, mobile_e164, address, notes, image_url, external_code, status, metadata,
    credit_limit, name_key, search_text, phone_digits, mobile_digits, created_at, updated_at)
select :tenant, {uuid7}, n.last_number, 'PERSON', {name}, null, null, 'PE',
    'DNI', cast(:d as text), cast(:d as text), null, false, cast(:d as text), null, {email},
    {phone}, {phone_e164}, {mobile}, {mobile_e164}, cast({address} as jsonb), {notes}, null,
    null, 'ACTIVE', cast('{{}}' as jsonb), cast({credit} as numeric(14, 2)), {name_key},
    {st_head} || ' | ' || cast(:d as text) || {st_tail},
    {phone_digits}, {mobile_digits}, now(), now()
from n
on conflict do nothing
returning {cols};
""".format(uuid7=uuid7, name=arr(col("name")), email=arr(col("email")), phone=arr(col("phone")),
           phone_e164=arr(col("phone_e164")), mobile=arr(col("mobile")), mobile_e164=arr(col("mobile_e164")),
           address=arr(col("address")), notes=arr(col("notes")), credit=arr(col("credit_limit")),
           name_key=arr(col("name_key")), st_head=arr([st_parts(c)[0] for _, c in templates]),
           st_tail=arr([st_parts(c)[1] for _, c in templates]), phone_digits=arr(col("phone_digits")),
           mobile_digits=arr(col("mobile_digits")), cols=cols)
    with open(os.path.join(a.out, "insert.sql"), "w", encoding="utf-8") as f:
        f.write("\\set k random(1, %d)\n\\set d random(90000000, 99999999)\n" % len(templates))
        f.write("begin;\n" + insert + WORDS + "commit;\n")


if __name__ == "__main__":
    main()
