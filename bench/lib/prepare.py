#!/usr/bin/env python3
"""Inputs for one benchmark run, drawn from the loaded data: the search texts (for wrk and pgbench),
the bodies wrk creates clients from, and the pgbench scripts that run the service's own SQL.

  prepare.py --names names.txt --docs docs.txt --out DIR --clients N --start-ms MS --step-ms MS

names.txt: name_key of randomly sampled clients of the large tenant; docs.txt: their document numbers.
Writes into DIR: queries.txt (url-encoded q, for wrk), queries.json, bodies.txt (for wrk create),
pk.sql, insert.sql, search-NNN.sql (one per search text, run with equal weights), explain-*.sql.
"""
import argparse
import json
import os
import random
import re
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

# Clients.COLUMNS
COLUMNS = """id, number, kind, name, legal_name, trade_name, doc_country, doc_type, doc_number, doc_formatted,
doc_check_digit, doc_anonymous, doc_typed, tax_id, email, phone, phone_e164, mobile, mobile_e164, address, notes,
image_url, external_code, status, metadata, credit_limit, version, created_at, updated_at, deleted_at"""

COMMON = ["ana", "mar", "lop", "maria", "jose", "quispe", "pena", "nunez", "rodri", "gonzal", "flores",
          "María", "Peña", "López", "Ñuñez", "josé luis", "garcia", "sac", "inversiones", "comercial"]

_PHONE_LIKE = re.compile(r"[0-9+()\s.\-/]+")


def like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def lit(text):
    return "'" + text.replace("'", "''") + "'"


def search_sql(q, limit=20, offset=0):
    """ClientListing.bySearch for q with tenant = :tenant, literals in place of its other parameters."""
    folded = gen.fold(q)
    numeric = bool(_PHONE_LIKE.fullmatch(q)) and gen.digits(q) is not None
    compact = gen.digits(q) if numeric else folded.replace(" ", "")
    exact_doc = compact.upper()
    exact_digits = compact if numeric else "-"
    exact_email = q.strip().lower()
    prefix = like(folded) + "%"
    pattern = "%" + like(compact if numeric else folded) + "%"
    pattern_compact = "%" + like(compact) + "%"
    window = offset + limit + 1
    filters = "tenant_id = :tenant and deleted_at is null"
    exact = ("(doc_number = %s or phone_digits = %s or mobile_digits = %s or lower(email) = %s)"
             % (lit(exact_doc), lit(exact_digits), lit(exact_digits), lit(exact_email)))
    substring = ("(search_text like %s or search_text like %s)" % (lit(pattern), lit(pattern_compact))
                 if len(compact) >= 3 else "false")
    cols = ", ".join("c." + c.strip() for c in COLUMNS.replace("\n", " ").split(","))
    return """with exact as (
    select id, 0 as tier, name_key from clients where {f} and {exact}),
prefix as (
    select id, 1 as tier, name_key from clients where {f} and name_key like {prefix}
    order by name_key, id limit {window}),
substring_matches as materialized (
    select id, name_key from clients where {f} and {substring}),
rest as (
    select id, 2 as tier, name_key from (select * from substring_matches limit {rest_cap}) found
    order by name_key, id limit {window}),
ranked as (
    select distinct on (id) id, tier, name_key
    from (select * from exact union all select * from prefix union all select * from rest) m
    order by id, tier)
select {cols}, r.tier from ranked r join clients c on c.tenant_id = :tenant and c.id = r.id
order by r.tier, r.name_key, r.id limit {limit} offset {offset};
""".format(f=filters, exact=exact, prefix=lit(prefix), window=window, substring=substring, cols=cols,
           rest_cap=max(1000, window),
           limit=limit + 1, offset=offset)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--names", required=True)
    p.add_argument("--docs", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--clients", type=int, required=True)
    p.add_argument("--start-ms", type=int, required=True)
    p.add_argument("--step-ms", type=int, required=True)
    p.add_argument("--seed", type=int, default=11)
    a = p.parse_args()
    r = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    names = [line.strip() for line in open(a.names, encoding="utf-8") if line.strip()]
    docs = [line.strip() for line in open(a.docs, encoding="utf-8") if line.strip()]
    queries = list(COMMON)
    while len(queries) < len(COMMON) + 50 and names:
        words = [w for w in r.choice(names).split() if w.isalpha() and len(w) >= 3]
        if not words:
            continue
        w = r.choice(words)
        n = r.randint(3, min(6, len(w)))
        start = r.randint(0, len(w) - n)
        queries.append(w[start:start + n])
    queries += docs[:25]
    with open(os.path.join(a.out, "queries.txt"), "w", encoding="utf-8") as f:
        for q in queries:
            f.write(urllib.parse.quote(q, safe="") + "\n")
    with open(os.path.join(a.out, "queries.json"), "w", encoding="utf-8") as f:
        json.dump(queries, f, ensure_ascii=False)
    for n, q in enumerate(queries):
        with open(os.path.join(a.out, "search-%03d.sql" % n), "w", encoding="utf-8") as f:
            f.write("-- q = %s\n" % q)
            f.write(search_sql(q))

    for name, q in (("common", "ana"), ("rare", rare_fragment(r, names)), ("document", docs[0] if docs else "0")):
        with open(os.path.join(a.out, "explain-%s.sql" % name), "w", encoding="utf-8") as f:
            f.write("-- q = %s\nexplain (analyze, buffers) %s" % (q, search_sql(q)))

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
        f.write(insert)
    print(len(queries))


def rare_fragment(r, names):
    """A given name with the start of a surname ("zoila cca"): a few hundred rows in a million."""
    for _ in range(100):
        words = r.choice(names).split()
        if len(words) >= 3 and words[0].isalpha() and words[-2].isalpha():
            return words[0] + " " + words[-2][:3]
    return "zoila cca"


if __name__ == "__main__":
    main()
