#!/usr/bin/env python3
"""The search scenario of bench/run: its mix of texts, the service's own SQL for pgbench (captured
from PostgreSQL's log while the service answers each text once), and a check of the service's first
pages against a brute-force ranking computed here, independently, from the rows.

  search.py mix     --names F --docs F --phones F --out DIR [--seed N] [--count N]
  search.py capture --log F --offset BYTES --out DIR      (after bench/run sent each text once)
  search.py ask     --base URL --key KEY --queries F --out F   (the service's first pages)
  search.py check   --rows F --answers F [--limit N]       (rows: JSON lines of the tenant's clients)
"""
import argparse
import json
import os
import random
import re
import sys
import urllib.parse
from bisect import bisect_left

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

# The texts the issue names, always in the mix and in the plans.
FIXED = ["a", "ma", "mar", "ana", "jos", "maria lo", "lopez ma", "ana mar"]
PLANS = {"a": "a", "ma": "ma", "mar": "mar", "ana mar": "ana mar", "typo": None, "miss": "zzqxw",
         "document": None}


def typo(r, word):
    """One edit of a word: a substitution, deletion, insertion or swap of neighbours."""
    i = r.randrange(1, len(word) - 1)
    kind = r.randrange(4)
    letter = r.choice("abcdefghijklmnopqrstuvwxyz")
    if kind == 0:
        return word[:i] + letter + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    if kind == 2:
        return word[:i] + letter + word[i:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def mix(r, names, docs, phones, count):
    """Fragments of 1 to 6 letters of real names, two-word queries, one-typo words, document and
    phone prefixes, in the proportions a till sees (mostly names)."""
    words = [w for n in names for w in n.split() if w.isalpha()]
    queries = []
    while len(queries) < count:
        roll = r.random()
        if roll < 0.45:
            w = r.choice(words)
            queries.append(w[:r.randint(1, min(6, len(w)))])
        elif roll < 0.65:
            parts = [w for w in r.choice(names).split() if w.isalpha()]
            if len(parts) >= 2:
                a, b = r.sample(parts, 2)
                queries.append(a + " " + b[:r.randint(1, min(4, len(b)))])
        elif roll < 0.80:
            long_words = [w for w in words if len(w) >= 5]
            if long_words:
                queries.append(typo(r, r.choice(long_words)))
        elif roll < 0.90 and docs:
            d = r.choice(docs)
            queries.append(d[:r.randint(4, len(d))])
        elif phones:
            p = r.choice(phones).lstrip("+")[2:]
            queries.append(p[:r.randint(4, len(p))])
    return queries


def cmd_mix(a):
    r = random.Random(a.seed)
    lines = lambda f: [x.strip() for x in open(f, encoding="utf-8") if x.strip()]  # noqa: E731
    names, docs, phones = lines(a.names), lines(a.docs), lines(a.phones)
    queries = FIXED + mix(r, names, docs, phones, a.count)
    plans = dict(PLANS)
    plans["typo"] = next(q for q in queries[len(FIXED):] if q.isalpha() and len(q) >= 5)
    plans["document"] = docs[0][:6] if docs else "0000"
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "queries.txt"), "w", encoding="utf-8") as f:
        for q in queries:
            f.write(urllib.parse.quote(q, safe="") + "\n")
    with open(os.path.join(a.out, "queries.json"), "w", encoding="utf-8") as f:
        json.dump(queries, f, ensure_ascii=False)
    with open(os.path.join(a.out, "plans.json"), "w", encoding="utf-8") as f:
        json.dump(plans, f, ensure_ascii=False)
    # captured in this order: the mix, then the plans' texts
    with open(os.path.join(a.out, "capture.txt"), "w", encoding="utf-8") as f:
        for q in queries + list(plans.values()):
            f.write(urllib.parse.quote(q, safe="") + "\n")
    print(len(queries))


# --------------------------------------------------------------------------------------------
# Capture: the statements the service ran for each text, parameters in place

_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] ([A-Z]+):  ", re.M)
_EXECUTE = re.compile(r"^duration: [0-9.]+ ms  (?:execute [^:]*|statement): (.*)$", re.S)
_PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
_MARKER = re.compile(r"select 'bench-capture (\d+)'")


def records(text):
    starts = [(m.start(), m.group(1), m.end()) for m in _RECORD.finditer(text)]
    for i, (start, level, body) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        yield level, text[body:end].rstrip("\n").replace("\n\t", "\n")


def searched(sql):
    return ("client_words" in sql or "client_dictionary" in sql or "from clients" in sql
            or "statement_timeout" in sql)


def cmd_capture(a):
    with open(a.log, "rb") as f:
        f.seek(a.offset)
        text = f.read().decode("utf-8", "replace")
    by_text, current, last = {}, None, None
    for level, body in records(text):
        if level == "LOG":
            m = _EXECUTE.match(body)
            last = None
            if not m:
                continue
            sql = m.group(1)
            marker = _MARKER.search(sql)
            if marker:
                current = int(marker.group(1))
                by_text[current] = []
            elif current is not None and searched(sql):
                last = [sql]
                by_text[current].append(last)
        elif level == "DETAIL" and last is not None and body.lower().startswith("parameters: "):
            values = dict((int(n), v) for n, v in _PARAM.findall(body))
            last[0] = re.sub(r"\$(\d+)\b", lambda m: values[int(m.group(1))], last[0])
            last = None
    queries = json.load(open(os.path.join(a.out, "queries.json"), encoding="utf-8"))
    plans = json.load(open(os.path.join(a.out, "plans.json"), encoding="utf-8"))
    statements = 0
    for n, q in enumerate(queries):
        stmts = [s[0] for s in by_text.get(n, [])]
        if not stmts:
            sys.exit("no statements captured for %r" % q)
        statements += len(stmts)
        with open(os.path.join(a.out, "search-%03d.sql" % n), "w", encoding="utf-8") as f:
            f.write("-- q = %s\nbegin;\n%s\ncommit;\n" % (q, "\n".join(pgbench_line(s) for s in stmts)))
    for k, (name, q) in enumerate(plans.items()):
        stmts = [s[0] for s in by_text.get(len(queries) + k, [])]
        with open(os.path.join(a.out, "explain-%s.sql" % name), "w", encoding="utf-8") as f:
            f.write("-- q = %s (%d statements)\nbegin;\n" % (q, len(stmts)))
            for s in stmts:
                f.write(("%s;\n" % s) if "set_config" in s else "explain (analyze, buffers) %s;\n" % s)
            f.write("commit;\n")
    print("%.1f" % (statements / max(1, len(queries))))


def pgbench_line(sql):
    """One statement per pgbench command; a ':' that pgbench would read as a variable is spaced out."""
    sql = re.sub(r"::", ":: ", sql)
    return sql.rstrip().rstrip(";") + ";"


# --------------------------------------------------------------------------------------------
# Check: the first page a brute-force reading of the README's rules gives, against the service's

_APOSTROPHES = re.compile("['\u2019\u2018`\u00b4]")
_PHONE_LIKE = re.compile(r"[0-9+()\s.\-/]+")
_CODE = re.compile(r"^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|[0-9]{3})([0-9]+)$")
AFTER = "\U0010ffff"


def name_words(text):
    if not text:
        return set()
    return set(gen.fold(text).split()) | set(gen.fold(_APOSTROPHES.sub("", text)).split())


def client_words(c):
    words = set()
    for part in (c["name"], c["legal_name"], c["trade_name"]):
        words |= name_words(part)
    if c["doc_number"]:
        words.add("#" + gen.compact(c["doc_number"]))
    for typed, e164 in ((c["phone"], c["phone_e164"]), (c["mobile"], c["mobile_e164"])):
        if gen.digits(typed):
            words.add("#" + gen.digits(typed))
        if e164:
            words.add("#" + e164[1:])
            m = _CODE.match(e164[1:])
            if m:
                words.add("#" + m.group(1))
    if c["email"] and c["email"].strip():
        words.add("@" + c["email"].strip().lower())
    return words


def osa(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def query_words(q):
    """[(name form or None, identifier form or None, allowed typos)], leading text, client number."""
    def word(w):
        ident = "#" + w if sum(ch.isdigit() for ch in w) >= 3 else None
        typos = 0 if not re.fullmatch("[a-z]+", w) or len(w) < 5 else 1 if len(w) < 9 else 2
        return (w, ident, typos)
    if _PHONE_LIKE.fullmatch(q) and gen.digits(q):
        d = gen.digits(q)
        return [word(d)], d, (int(d) if len(d) <= 18 else None)
    words, leading = [], []
    for token in q.strip().split():
        if "@" in token:
            words.append((None, "@" + token.strip().lower(), 0))
            leading = None
        elif _PHONE_LIKE.fullmatch(token) and gen.digits(token):
            words.append(word(gen.digits(token)))
            if leading is not None:
                leading.append(gen.digits(token))
        else:
            for w in gen.fold(_APOSTROPHES.sub("", token)).split():
                words.append(word(w))
                if leading is not None:
                    leading.append(w)
    unique = list(dict.fromkeys(words))[:8]
    return unique, (" ".join(leading) if leading else None), None


class Tenant:
    def __init__(self, rows):
        self.clients = rows
        self.words = [client_words(c) for c in rows]
        entries = sorted((w, i) for i, ws in enumerate(self.words) for w in ws)
        self.keys = [w for w, _ in entries]
        self.owners = [i for _, i in entries]
        self.dictionary = sorted({w for w in self.keys if re.match("[a-z0-9]", w)})

    def having_prefix(self, prefix):
        lo, hi = bisect_left(self.keys, prefix), bisect_left(self.keys, prefix + AFTER)
        return set(self.owners[lo:hi])

    def rank(self, q, limit):
        words, leading, number = query_words(q)
        if not words:
            return []
        found = self.ranked(words, leading, number, {})
        if len(found) < limit:
            near = {}
            for w in words:
                if w[2]:
                    near[w] = {v: osa(w[0], v) for v in self.dictionary
                               if abs(len(v) - len(w[0])) <= w[2] and v != w[0] and osa(w[0], v) <= w[2]}
            if any(near.values()):
                found = self.ranked(words, leading, number, near)
        return [c["number"] for _, c in sorted(found, key=lambda t: t[0])][:limit]

    def ranked(self, words, leading, number, near):
        candidates = None
        for w in words:
            ids = set()
            if w[0]:
                ids |= self.having_prefix(w[0])
            if w[1]:
                ids |= self.having_prefix(w[1])
            for v in near.get(w, {}):
                ids |= {i for i in self.having_prefix(v) if v in self.words[i]}
            if number is not None:
                ids |= {i for i, c in enumerate(self.clients) if c["number"] == number}
            candidates = ids if candidates is None else candidates & ids
        out = []
        for i in candidates:
            c, cw = self.clients[i], self.words[i]
            prefix, edits, equal = [], [], c["number"] == number
            for w in words:
                lengths = [len(x) - len(w[0]) for x in cw if w[0] and x.startswith(w[0])]
                lengths += [len(x) - len(w[1]) for x in cw if w[1] and x.startswith(w[1])]
                equal = equal or (w[1] is not None and w[1] in cw)
                prefix.append(min(lengths) if lengths else None)
                typo = [e for v, e in near.get(w, {}).items() if v in cw]
                edits.append(0 if lengths else (min(typo) if typo else None))
            if not (equal or all(e is not None for e in edits)):
                continue
            if equal:
                key = (1, 0)
            elif leading is not None and c["name_key"].startswith(leading):
                key = (2, 0)
            elif all(p == 0 for p in prefix):
                key = (3, 0)
            elif all(p is not None for p in prefix):
                key = (4, sum(prefix))
            else:
                key = (5, sum(edits))
            out.append((key + (c["name_key"].encode(), c["number"]), c))
        return out


def cmd_check(a):
    rows = [json.loads(line) for line in open(a.rows, encoding="utf-8") if line.strip()]
    tenant = Tenant([r for r in rows if r["deleted_at"] is None])
    differences = 0
    answers = [json.loads(line) for line in open(a.answers, encoding="utf-8") if line.strip()]
    for answer in answers:
        expected = tenant.rank(answer["q"], a.limit)
        if expected != answer["numbers"]:
            differences += 1
            print("difference for %r: service %s, expected %s" % (answer["q"], answer["numbers"][:8], expected[:8]),
                  file=sys.stderr)
    print("%d queries, %d differences" % (len(answers), differences))
    sys.exit(1 if differences else 0)


def cmd_ask(a):
    """The service's first page for each text, as client numbers."""
    import urllib.request
    queries = json.load(open(a.queries, encoding="utf-8"))
    with open(a.out, "w", encoding="utf-8") as out:
        for q in queries:
            url = "%s/api/v1/clients?limit=%d&q=%s" % (a.base, a.limit, urllib.parse.quote(q, safe=""))
            request = urllib.request.Request(url, headers={"Authorization": "Bearer " + a.key})
            with urllib.request.urlopen(request, timeout=30) as response:
                page = json.load(response)
            out.write(json.dumps({"q": q, "numbers": [c["number"] for c in page["data"]]}, ensure_ascii=False) + "\n")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("mix")
    m.add_argument("--names", required=True)
    m.add_argument("--docs", required=True)
    m.add_argument("--phones", required=True)
    m.add_argument("--out", required=True)
    m.add_argument("--seed", type=int, default=12)
    m.add_argument("--count", type=int, default=72)
    c = sub.add_parser("capture")
    c.add_argument("--log", required=True)
    c.add_argument("--offset", type=int, required=True)
    c.add_argument("--out", required=True)
    k = sub.add_parser("check")
    k.add_argument("--rows", required=True)
    k.add_argument("--answers", required=True)
    k.add_argument("--limit", type=int, default=20)
    q = sub.add_parser("ask")
    q.add_argument("--base", required=True)
    q.add_argument("--key", required=True)
    q.add_argument("--queries", required=True)
    q.add_argument("--out", required=True)
    q.add_argument("--limit", type=int, default=20)
    a = p.parse_args()
    {"mix": cmd_mix, "capture": cmd_capture, "check": cmd_check, "ask": cmd_ask}[a.cmd](a)


if __name__ == "__main__":
    main()
