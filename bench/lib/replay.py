#!/usr/bin/env python3
"""The fair baselines of bench/run: the statements the service ran for list, update and create requests,
captured from PostgreSQL's log with their parameters, written as pgbench scripts that run them all, as
the service does (one transaction where it uses one), with fresh ids and document numbers per
transaction so that replayed writes cost what the service's writes cost.

  replay.py capture --log F --offset BYTES --scenario NAME [--keep IDS_FILE] [--dnis FILE] --out DIR

bench/run sends `select 'bench-capture-NAME n'` before request n. Writes DIR/NAME-NNN.sql, one script
per request, and prints the statements per request (BEGIN and COMMIT included).
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from search import _RECORD, _PARAM, pgbench_line  # noqa: E402

_EXECUTE = re.compile(r"^duration: [0-9.]+ ms  (?:execute [^:]*|statement): (.*)$", re.S)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Not the request's own: the tenant setting (sent once per connection and tenant, and by pgbench's
# PGOPTIONS here), the rate limiter's charge (once a second per key), the key check (once a second).
_BACKGROUND = ("set_config('clientela.tenant_id'", "rate_limit_buckets", "clientela_live_keys")
# The background duplicate report's tables, which no request of the scenarios writes.
_REPORT = ("duplicate_groups", "duplicate_pairs", "duplicate_scans")
# An update is written over the version the service read (and writes nothing when the row moved on).
# Replayed again and again on the same rows the captured version is soon gone, so the replay writes over
# the version the row has: the same filter on the row fetched, and each replay writes what the service did.
_READ_VERSION = re.compile(r"\band version = '?\d+'?")


def pid_records(text):
    for m, (level, body) in zip(_RECORD.finditer(text), records(text)):
        pid = re.search(r"\[(\d+)\]", m.group(0)).group(1)
        yield pid, level, body


def records(text):
    starts = [(m.start(), m.group(1), m.end()) for m in _RECORD.finditer(text)]
    for i, (start, level, body) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        yield level, text[body:end].rstrip("\n").replace("\n\t", "\n")


def captured(text, scenario):
    marker = re.compile(r"select 'bench-capture-%s (\d+)'" % scenario)
    by_request, current, last = {}, None, None
    for pid, level, body in pid_records(text):
        if level == "LOG":
            m = _EXECUTE.match(body)
            last = None
            if not m:
                continue
            sql = m.group(1).strip()
            found = marker.search(sql)
            if found:
                current = int(found.group(1))
                by_request[current] = []
            elif "bench-capture" in sql:
                current = None  # another scenario's request
            elif current is not None and sql:  # an empty one is the pool's liveness check
                last = [pid, sql]
                by_request[current].append(last)
        elif level == "DETAIL" and last is not None and body.lower().startswith("parameters: "):
            values = dict((int(n), v) for n, v in _PARAM.findall(body))
            last[1] = re.sub(r"\$(\d+)\b", lambda m: values[int(m.group(1))], last[1])
            last = None
    return by_request


def own_statements(statements):
    """The request's statements: its connection's, without the rate limiter's transaction."""
    # the duplicate report's pass over the clients just written may run on another connection meanwhile
    report = {pid for pid, sql in statements if any(t in sql for t in _REPORT)}
    main = next((pid for pid, sql in statements
                 if "clients" in sql and "rate_limit" not in sql and pid not in report), None)
    mine = [sql for pid, sql in statements if pid == main]
    out, skipping = [], False
    for i, sql in enumerate(mine):
        upper = sql.upper()
        if upper.startswith("BEGIN") and i + 1 < len(mine) and "rate_limit_buckets" in mine[i + 1]:
            skipping = True
        if skipping:
            skipping = not upper.startswith("COMMIT")
            continue
        if not any(b in sql for b in _BACKGROUND):
            out.append(sql)
    return out


def script(statements, keep, dni):
    """pgbench lines; every id the request made (not in keep) is drawn afresh per transaction, and so is its DNI."""
    fresh = []
    for sql in statements:
        for u in _UUID.findall(sql) if keep is not None else []:
            if u not in keep and u not in fresh:
                fresh.append(u)
    lines = []
    for k in range(len(fresh)):
        lines.append("\\set u%da random(1, 4611686018427387903)" % k)
        lines.append("\\set u%db random(1, 4611686018427387903)" % k)
    if dni:
        lines.append("\\set d random(60000000, 79999999)")
    for sql in statements:
        if "update clients" in sql:
            sql = _READ_VERSION.sub("and version = version", sql)
        # a ':' before a letter in a literal (JSON's true, false, null) would be a pgbench variable
        sql = re.sub(r":(?=[A-Za-z_\u0080-\uffff])", "' || ':' || '", sql.replace("::", "\0"))
        sql = sql.replace("\0", "::")
        for k, u in enumerate(fresh):
            expr = ("(lpad(to_hex(cast(:u%da as bigint)), 16, '0') || lpad(to_hex(cast(:u%db as bigint)), 16, '0'))"
                    % (k, k))
            sql = sql.replace("'%s'" % u, "cast(%s as uuid)" % expr)
            sql = sql.replace(u, "' || cast(cast(%s as uuid) as text) || '" % expr)
        if dni:
            sql = sql.replace(dni, "' || cast(:d as text) || '")
        lines.append(pgbench_line(sql))
    return "\n".join(lines) + "\n"


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("capture")
    c.add_argument("--log", required=True)
    c.add_argument("--offset", type=int, required=True)
    c.add_argument("--scenario", required=True)
    c.add_argument("--keep", help="file of the ids that stay as captured (tenants, keys, clients); with it, "
                   "every other id is drawn afresh per transaction (writes), without it none is (reads)")
    c.add_argument("--dnis", help="file of the DNI each captured create sent, one per line")
    c.add_argument("--out", required=True)
    a = p.parse_args()
    with open(a.log, "rb") as f:
        f.seek(a.offset)
        text = f.read().decode("utf-8", "replace")
    keep = set(line.strip() for line in open(a.keep) if line.strip()) if a.keep else None
    dnis = [line.strip() for line in open(a.dnis)] if a.dnis else []
    total, n = 0, 0
    for request, statements in sorted(captured(text, a.scenario).items()):
        own = own_statements(statements)
        if not own:
            sys.exit("no statements captured for %s request %d" % (a.scenario, request))
        total += len(own)
        n += 1
        dni = dnis[request] if request < len(dnis) else None
        with open(os.path.join(a.out, "%s-%03d.sql" % (a.scenario, request)), "w", encoding="utf-8") as f:
            f.write(script(own, keep, dni))
    if n == 0:
        sys.exit("nothing captured for %s" % a.scenario)
    print("%.1f" % (total / n))


if __name__ == "__main__":
    main()
