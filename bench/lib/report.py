#!/usr/bin/env python3
"""Results of a benchmark run.

  report.py pgbench NAME OUTPUT LOGDIR   pgbench's summary and per-transaction log -> JSON on stdout
  report.py report PARTS RESULTS STAMP   the table on stdout; RESULTS/STAMP.json, STAMP.svg, latest.*
"""
import glob
import json
import os
import re
import shutil
import sys

SCENARIOS = [
    # key, label, PostgreSQL counterpart
    ("get", "get by id", "primary-key select"),
    ("search", "search q (limit 20)", "the service's search query"),
    ("list", "list, cursor pages", "the service's list statements"),
    ("update", "merge-patch update", "the service's update statements"),
    ("create", "create", "the service's create statements"),
]
TARGETS = {  # scenario: (min ratio, max p99 ms)
    "get": (0.50, 5.0),
    "search": (0.50, 50.0),
    "list": (0.50, 10.0),
    "update": (0.50, 20.0),
    "create": (0.50, 30.0),
}
RSS_TARGET_MIB = 512


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def cmd_pgbench(name, output, logdir):
    text = open(output, encoding="utf-8", errors="replace").read()
    tps = float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", text)
    processed = re.search(r"number of transactions actually processed: (\d+)", text)
    lat = []
    for path in glob.glob(os.path.join(logdir, name + ".*")):
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3 and parts[2].isdigit():
                    lat.append(int(parts[2]))
    lat.sort()
    print(json.dumps({
        "name": name, "tps": tps,
        "transactions": int(processed.group(1)) if processed else len(lat),
        "failed": int(failed.group(1)) if failed else 0,
        "p50_ms": percentile(lat, 50) / 1000.0, "p99_ms": percentile(lat, 99) / 1000.0,
    }))


def cmd_slowest(logdir, name, workdir, top=8):
    """Mean latency per search text from pgbench's log (script numbers follow the sorted search-*.sql)."""
    scripts = sorted(f for f in os.listdir(workdir) if f.startswith("search-") and f.endswith(".sql"))
    texts = []
    for f in scripts:
        with open(os.path.join(workdir, f), encoding="utf-8") as fh:
            texts.append(fh.readline()[len("-- q = "):].rstrip("\n"))
    sums, counts = {}, {}
    for path in glob.glob(os.path.join(logdir, name + ".*")):
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 4 and parts[2].isdigit():
                    n = int(parts[3])
                    sums[n] = sums.get(n, 0) + int(parts[2])
                    counts[n] = counts.get(n, 0) + 1
    means = sorted(((sums[n] / counts[n] / 1000.0, n) for n in sums), reverse=True)
    total = sum(sums.values())
    print("PostgreSQL search, slowest texts (mean ms, share of all search time):")
    for mean, n in means[:top]:
        print("  %-14r %8.2f ms  %5.1f%%" % (texts[n] if n < len(texts) else n, mean, 100.0 * sums[n] / total))


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def build(parts):
    meta = load(os.path.join(parts, "meta.json"))
    rows = []
    for key, label, pg_label in SCENARIOS:
        http = load(os.path.join(parts, "http-%s.json" % key))
        if http is None:
            continue
        pg = load(os.path.join(parts, "pg-%s.json" % key))
        errors = http["non_2xx"] + http["socket_errors"] + http["timeouts"]
        row = {
            "scenario": key, "label": label,
            "rps": round(http["rps"], 1), "p50_ms": round(http["p50_ms"], 3), "p99_ms": round(http["p99_ms"], 3),
            "requests": http["requests"], "errors": errors, "first_error": http.get("first_error") or None,
            "postgresql": None, "ratio": None, "load_average_at_start": None,
        }
        stmts = os.path.join(parts, "stmts-%s.tsv" % key)
        if os.path.exists(stmts) and http["requests"]:
            counted = []
            for line in open(stmts, encoding="utf-8"):
                calls, _, query = line.rstrip("\n").partition("\t")
                if calls.isdigit():
                    counted.append((int(calls), query))
            row["statements_per_request"] = round(sum(c for c, _ in counted) / http["requests"], 2)
            row["statements"] = ["%.2f per request: %s" % (c / http["requests"], q[:160]) for c, q in counted[:8]]
        try:
            row["load_average_at_start"] = float(open(os.path.join(parts, "load-%s.txt" % key)).read().strip())
        except (OSError, ValueError):
            pass
        if pg is not None:
            row["postgresql"] = {"query": pg_label, "tps": round(pg["tps"], 1), "p50_ms": round(pg["p50_ms"], 3),
                                 "p99_ms": round(pg["p99_ms"], 3), "failed": pg["failed"]}
            row["ratio"] = round(http["rps"] / pg["tps"], 3) if pg["tps"] else None
            slowest = os.path.join(parts, "pg-%s-slowest.txt" % key)
            if os.path.exists(slowest):
                row["postgresql"]["slowest"] = [l.strip() for l in open(slowest, encoding="utf-8")][1:]
        pk = load(os.path.join(parts, "pg-pk.json"))
        if key == "get" and pk is not None and pk["tps"]:
            row["primary_key_select"] = {"tps": round(pk["tps"], 1), "p99_ms": round(pk["p99_ms"], 3)}
            row["ratio_to_primary_key_select"] = round(http["rps"] / pk["tps"], 3)
        rows.append(row)
    targets = []
    for row in rows:
        t = TARGETS.get(row["scenario"])
        if t is None:
            continue
        min_ratio, max_p99 = t
        if row["ratio"] is not None:
            targets.append({"target": "%s ratio >= %.2f" % (row["scenario"], min_ratio), "value": row["ratio"],
                            "met": row["ratio"] >= min_ratio})
        if row.get("ratio_to_primary_key_select") is not None:
            targets.append({"target": "get ratio to the bare primary-key select >= 0.40",
                            "value": row["ratio_to_primary_key_select"],
                            "met": row["ratio_to_primary_key_select"] >= 0.40})
        if max_p99 is not None:
            targets.append({"target": "%s p99 <= %g ms" % (row["scenario"], max_p99), "value": row["p99_ms"],
                            "met": row["p99_ms"] <= max_p99})
    total_errors = sum(r["errors"] for r in rows)
    targets.append({"target": "zero errors", "value": total_errors, "met": total_errors == 0})
    targets.append({"target": "service RSS <= %d MiB under load" % RSS_TARGET_MIB, "value": meta["rss_peak_mib"],
                    "met": meta["rss_peak_mib"] <= RSS_TARGET_MIB})
    return {"run": meta, "results": rows, "targets": targets}


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


def table(doc):
    m = doc["run"]
    out = []
    out.append("Clientela benchmark %s: %s clients in the large tenant + %d tenants x %d, %ss per scenario, "
               "%s CPUs, PostgreSQL %s" % (m["stamp"], format(m["clients"], ","), m["small_tenants"],
                                           m["small_size"], m["duration_s"], m["cpus"], m["postgresql"]))
    out.append("service: wrk %s | PostgreSQL alone: pgbench %s | same database, same run" % (m["wrk"], m["pgbench"]))
    out.append("")
    head = "%-22s %9s %9s %9s %12s %9s %9s %7s %6s %6s" % ("scenario", "req/s", "p50 ms", "p99 ms", "PG tx/s",
                                                            "PG p99", "ratio", "errors", "load", "stmts")
    out.append(head)
    out.append("-" * len(head))
    for r in doc["results"]:
        pg = r["postgresql"] or {}
        out.append("%-22s %9.0f %9.2f %9.2f %12s %9s %9s %7d %6s %6s" % (
            r["label"], r["rps"], r["p50_ms"], r["p99_ms"], fmt(pg.get("tps"), ".0f"), fmt(pg.get("p99_ms"), ".2f"),
            fmt(r["ratio"], ".2f"), r["errors"], fmt(r["load_average_at_start"], ".1f"),
            fmt(r.get("statements_per_request"), ".1f")))
    out.append("")
    out.append("service start-up %.1f s (to /actuator/health 200, loaded database; %.1f s on an empty one, "
               "migrating); peak RSS (VmHWM) %d MiB" % (m["startup_ms"] / 1000, m["startup_empty_db_ms"] / 1000,
                                                       m["rss_peak_mib"]))
    out.append("load: COPY %ss, indexes + ANALYZE %ss, clients table %s; %s; load average at end %s" % (
        m["load_copy_s"], m["load_index_s"], m["clients_table_size"], m["fidelity"], m["load_average_end"]))
    if m.get("duplicate_first_pass_s") is not None:
        out.append("duplicate report: the service's first pass over every client took %ss (measured before the "
                   "scenarios)" % m["duplicate_first_pass_s"])
    out.append("load = the machine's 1-minute load average when the scenario started (%d CPUs); niceness %s"
               % (m["cpus"], m.get("nice", 0)))
    out.append("stmts = SQL statements per request as pg_stat_statements counts them (BEGIN included; the COMMIT "
               "round trip of a transaction does not show)")
    out.append("")
    for t in doc["targets"]:
        out.append("  [%s] %s (measured %s)" % ("met " if t["met"] else "MISS", t["target"], t["value"]))
    for r in doc["results"]:
        if r["first_error"]:
            out.append("  first error in %s: %s" % (r["scenario"], r["first_error"][:200]))
    return "\n".join(out)


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def svg(doc):
    rows = doc["results"]
    m = doc["run"]
    width, left, bar_h, gap = 900, 190, 16, 22
    top = 70
    chart_w = width - left - 180
    height = top + len(rows) * (2 * bar_h + gap) + 110
    o = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
         'font-family="DejaVu Sans, Arial, sans-serif" font-size="12">' % (width, height, width, height),
         '<rect width="100%" height="100%" fill="#ffffff"/>',
         '<text x="20" y="26" font-size="16" font-weight="bold">Clientela vs PostgreSQL alone, same data, same run</text>',
         '<text x="20" y="46" fill="#444">%s: %s clients + %d x %d, %s s per scenario, %s CPUs, PostgreSQL %s; '
         'wrk %s, pgbench %s</text>' % (esc(m["stamp"]), format(m["clients"], ","), m["small_tenants"],
                                         m["small_size"], m["duration_s"], m["cpus"], esc(m["postgresql"]),
                                         esc(m["wrk"]), esc(m["pgbench"]))]
    y = top
    for r in rows:
        pg = r["postgresql"]
        # Each scenario on its own scale: the longer of its two bars fills the width.
        row_max = max(r["rps"], pg["tps"] if pg else 0) or 1
        o.append('<text x="%d" y="%d" text-anchor="end" font-weight="bold">%s</text>'
                 % (left - 10, y + bar_h - 3, esc(r["label"])))
        w = chart_w * r["rps"] / row_max
        o.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="#2b6cb0"/>' % (left, y, max(w, 1), bar_h))
        o.append('<text x="%.1f" y="%d">%s req/s, p99 %.1f ms%s</text>' % (
            left + w + 6, y + bar_h - 3, format(round(r["rps"]), ","), r["p99_ms"],
            ", %d errors" % r["errors"] if r["errors"] else ""))
        if pg:
            w2 = chart_w * pg["tps"] / row_max
            o.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="#a0aec0"/>'
                     % (left, y + bar_h + 2, max(w2, 1), bar_h))
            o.append('<text x="%.1f" y="%d" fill="#444">%s tx/s, p99 %.1f ms; ratio %.2f</text>' % (
                left + w2 + 6, y + 2 * bar_h - 1, format(round(pg["tps"]), ","), pg["p99_ms"], r["ratio"]))
            target = TARGETS.get(r["scenario"])
            if target:
                tx = left + w2 * target[0]
                o.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#c53030" stroke-width="2" '
                         'stroke-dasharray="3,2"/>' % (tx, y - 3, tx, y + bar_h + 1))
        else:
            o.append('<text x="%d" y="%d" fill="#888">no PostgreSQL counterpart</text>' % (left + 4, y + 2 * bar_h - 1))
        y += 2 * bar_h + gap
    o.append('<rect x="%d" y="%d" width="12" height="12" fill="#2b6cb0"/><text x="%d" y="%d">service (HTTP, req/s)</text>'
             % (left, y, left + 18, y + 11))
    o.append('<rect x="%d" y="%d" width="12" height="12" fill="#a0aec0"/><text x="%d" y="%d">PostgreSQL alone '
             '(the service&#8217;s SQL, tx/s)</text>' % (left + 190, y, left + 208, y + 11))
    o.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#c53030" stroke-width="2" stroke-dasharray="3,2"/>'
             '<text x="%d" y="%d">target ratio; each scenario on its own scale</text>'
             % (left + 470, y, left + 470, y + 12, left + 478, y + 11))
    y += 34
    o.append('<text x="20" y="%d">Service start-up %.1f s (loaded database), peak RSS %d MiB (target %d MiB).</text>'
             % (y, m["startup_ms"] / 1000, m["rss_peak_mib"], RSS_TARGET_MIB))
    y += 20
    missed = [t["target"] for t in doc["targets"] if not t["met"]]
    o.append('<text x="20" y="%d" fill="%s">%s</text>' % (
        y, "#c53030" if missed else "#2f855a",
        esc("Targets missed: " + "; ".join(missed)) if missed else "All targets met."))
    o.append("</svg>")
    return "\n".join(o) + "\n"


def cmd_report(parts, results, stamp):
    doc = build(parts)
    text = table(doc)
    print(text)
    doc["table"] = text.splitlines()
    plans = os.path.join(results, stamp + "-plans.txt")
    if os.path.exists(plans):
        doc["run"]["plans"] = os.path.basename(plans)
    js = os.path.join(results, stamp + ".json")
    sv = os.path.join(results, stamp + ".svg")
    with open(js, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(sv, "w", encoding="utf-8") as f:
        f.write(svg(doc))
    shutil.copyfile(js, os.path.join(results, "latest.json"))
    shutil.copyfile(sv, os.path.join(results, "latest.svg"))
    print("\nwritten: %s, %s (and latest.json, latest.svg)" % (os.path.relpath(js), os.path.relpath(sv)))


if __name__ == "__main__":
    if sys.argv[1] == "pgbench":
        cmd_pgbench(*sys.argv[2:5])
    elif sys.argv[1] == "slowest":
        cmd_slowest(*sys.argv[2:5])
    else:
        cmd_report(*sys.argv[2:5])
