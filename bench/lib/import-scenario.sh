# The import scenario of bench/run (sourced by it, after the HTTP scenarios, with the service running):
# a CSV of valid clients as Excel writes it in a Spanish locale (Windows-1252, ';', CRLF) imported into an
# empty tenant, against PostgreSQL's COPY of the same rows into the same table; 100,000 rows in upsert
# mode over those clients; a file with one row in ten invalid; and the export of the imported clients
# against COPY TO. While the first import runs, a GET by id every 50 ms measures how the service answers.

import_job_wait() { # key location -> seconds until the job finished; the job's JSON in $IMPORT_JOB
  local key=$1 location=$2 t0=$(ms_now) state
  while true; do
    IMPORT_JOB=$(curl -s --max-time 20 "$BASE$location" -H "Authorization: Bearer $key")
    state=$(printf '%s' "$IMPORT_JOB" | json_get '["state"]')
    case "$state" in completed|completed_with_errors|failed|cancelled) break ;; esac
    sleep 0.5
  done
  IMPORT_WAIT_MS=$(( $(ms_now) - t0 ))
}

import_post() { # key file query -> Location of the job
  curl -s -D "$TMP/work/import/headers" -o "$TMP/work/import/answer.json" --max-time 600 \
    -X POST "$BASE/api/v1/imports$3" -H "Authorization: Bearer $1" -H 'Content-Type: text/csv' \
    --data-binary @"$2" >/dev/null
  grep -i '^location:' "$TMP/work/import/headers" | tr -d '\r' | awk '{print $2}'
}

import_run() { # label key file query -> "seconds created updated unchanged failed state"
  local t0 location
  t0=$(ms_now)
  location=$(import_post "$2" "$3" "$4")
  [ -n "$location" ] || die "import $1 refused: $(cat "$TMP/work/import/answer.json")"
  import_job_wait "$2" "$location"
  local ms=$(( $(ms_now) - t0 ))
  printf '%s' "$IMPORT_JOB" > "$TMP/work/import/job-$1.json"
  printf '%s' "$IMPORT_JOB" | python3 -c "import json,sys; j=json.load(sys.stdin); print($ms/1000, j['created'], j['updated'], j['unchanged'], j['failed'], j['state'])"
}

passes_wait() { # after -> seconds until the service's duplicate passes took up every tenant's written clients
  local t0; t0=$(date +%s)
  until [ "$(psql_ -At -c "select count(*) from clientela_tenants_with_unscanned_clients()")" = 0 ]; do
    [ $(( $(date +%s) - t0 )) -lt 3600 ] || die "the duplicate pass after $1 took over an hour"
    sleep 2
  done
  echo $(( $(date +%s) - t0 ))
}

import_scenario() {
  local dir=$TMP/work/import rows=$IMPORT_ROWS upserts
  mkdir -p "$dir"
  upserts=$(( rows / 10 < 100000 ? rows / 10 : 100000 ))
  log "import: generating $rows rows (Windows-1252, ';', CRLF, decimal commas, SUNAT codes)"
  python3 "$HERE/lib/gen.py" csv --count "$rows" > "$dir/clients.csv"
  python3 "$HERE/lib/gen.py" csv --count "$upserts" --documented-only --email-prefix nuevo. > "$dir/upsert.csv"
  python3 "$HERE/lib/gen.py" csv --count "$upserts" --seed 321 --invalid-every 10 > "$dir/invalid.csv"
  local bytes; bytes=$(stat -c %s "$dir/clients.csv")
  read -r IMP_ID IMP_KEY < <(open_tenant "Importadora del Sur S.A.C." PE)
  read -r COPY_ID _ < <(open_tenant "Copia de referencia S.A.C." PE)
  read -r BAD_ID BAD_KEY < <(open_tenant "Archivo con errores S.A.C." PE)
  local probe_id; probe_id=$(head -n 1 "$TMP/work/ids.txt")
  : > "$dir/get-ms.txt"
  ( while [ ! -f "$dir/stop-probe" ]; do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 5 "$BASE/api/v1/clients/$probe_id" \
        -H "Authorization: Bearer $LARGE_KEY" >> "$dir/get-ms.txt" || true
      sleep 0.05
    done ) &
  local probe=$!
  ( peak=0; while [ ! -f "$dir/stop-rss" ]; do
      rss=$(vm_rss_kib); [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" > "$dir/rss-peak-kib"
      sleep 0.5
    done ) &
  local sampler=$!
  log "import: $rows rows ($(( bytes / 1048576 )) MiB) into an empty tenant (load average $(cut -d' ' -f1 /proc/loadavg))"
  read -r IMPORT_S IMPORT_CREATED _ _ IMPORT_FAILED IMPORT_STATE < <(import_run full "$IMP_KEY" "$dir/clients.csv" "?decimal_separator=,")
  touch "$dir/stop-probe"; wait "$probe" || true
  log "    $IMPORT_S s: created $IMPORT_CREATED, failed $IMPORT_FAILED ($IMPORT_STATE); peak RSS $(( $(cat "$dir/rss-peak-kib") / 1024 )) MiB"
  # Each step below is timed alone: the tenant's duplicate pass (a minute after its last import, then a
  # pass over the whole tenant) is waited for and reported as its own line.
  PASS_AFTER_IMPORT_S=$(passes_wait "the import")
  log "    duplicate pass after the import: done $PASS_AFTER_IMPORT_S s after the job ended"
  local copy_cols="tenant_id, id, number, kind, name, legal_name, trade_name, doc_country, doc_type, doc_number,
      doc_formatted, doc_check_digit, doc_anonymous, doc_typed, tax_id, email, phone, phone_e164, mobile, mobile_e164,
      address, notes, image_url, external_code, status, metadata, credit_limit, name_key, search_text, phone_digits,
      mobile_digits, version, created_at, updated_at"
  local source_cols=${copy_cols/tenant_id/\'$COPY_ID\'::uuid}
  PSQL_TIMEOUT=3000 psql_ -c "copy (select $source_cols from clients where tenant_id = '$IMP_ID') to '$TMP/pg/import-copy.tsv'"
  # The copied rows are only the reference's: marked as passed over before they arrive (their updated_at
  # are the imported clients'), so the service's report does not build the reference tenant's pairs
  # beside the steps measured next.
  psql_ -c "insert into duplicate_scans (tenant_id, scanned_until) values ('$COPY_ID', now())
      on conflict (tenant_id) do update set scanned_until = excluded.scanned_until"
  local t0; t0=$(ms_now)
  PSQL_TIMEOUT=3000 psql_ -c "copy clients ($copy_cols) from '$TMP/pg/import-copy.tsv'"
  COPY_IN_S=$(python3 -c "print(($(ms_now) - $t0) / 1000)")
  log "    COPY of the same rows into the same table: $COPY_IN_S s"
  # The import also writes each client's search words, audit row and event: COPY those rows too, as a
  # second reference (the words are those of the copied clients, so their foreign key holds).
  local t copy_tenant="'$COPY_ID'::uuid"
  for t in client_words client_dictionary client_changes events; do
    local cols; cols=$(psql_ -At -c "select string_agg(column_name, ', ' order by ordinal_position)
        from information_schema.columns where table_name = '$t' and table_schema = 'public'")
    PSQL_TIMEOUT=3000 psql_ -c "copy (select ${cols/tenant_id/$copy_tenant} from $t where tenant_id = '$IMP_ID') to '$TMP/pg/import-copy-$t.tsv'"
  done
  t0=$(ms_now)
  for t in client_words client_dictionary client_changes events; do
    PSQL_TIMEOUT=3000 psql_ -c "copy $t from '$TMP/pg/import-copy-$t.tsv'"
  done
  COPY_ALL_S=$(python3 -c "print($COPY_IN_S + ($(ms_now) - $t0) / 1000)")
  log "    COPY of every row the import wrote (clients, words, dictionary, audit, events): $COPY_ALL_S s"
  log "import: $upserts rows in upsert mode by document over those clients"
  read -r UPSERT_S _ UPSERT_UPDATED UPSERT_UNCHANGED UPSERT_FAILED _ < <(import_run upsert "$IMP_KEY" "$dir/upsert.csv" "?mode=upsert&key=document&decimal_separator=,")
  log "    $UPSERT_S s: updated $UPSERT_UPDATED, unchanged $UPSERT_UNCHANGED, failed $UPSERT_FAILED"
  log "import: $upserts rows, one in ten invalid, into another empty tenant"
  read -r INVALID_S INVALID_CREATED _ _ INVALID_FAILED _ < <(import_run invalid "$BAD_KEY" "$dir/invalid.csv" "?decimal_separator=,")
  curl -s -o "$dir/errors.csv" "$BASE$(grep -i '^location:' "$dir/headers" | tr -d '\r' | awk '{print $2}')/errors" \
    -H "Authorization: Bearer $BAD_KEY"
  log "    $INVALID_S s: created $INVALID_CREATED, failed $INVALID_FAILED; errors file $(wc -l < "$dir/errors.csv") lines"
  PASS_AFTER_UPSERTS_S=$(passes_wait "the upsert and the invalid file")
  log "    duplicate passes after the upsert and the invalid file: done $PASS_AFTER_UPSERTS_S s after"
  log "import: export of the $IMPORT_CREATED imported clients against COPY TO"
  t0=$(ms_now)
  curl -s -o "$dir/export.csv" --max-time 3000 "$BASE/api/v1/clients/export?delimiter=;&bom=true" -H "Authorization: Bearer $IMP_KEY"
  EXPORT_S=$(python3 -c "print(($(ms_now) - $t0) / 1000)")
  t0=$(ms_now)
  PSQL_TIMEOUT=3000 psql_ -c "copy (select $copy_cols from clients where tenant_id = '$IMP_ID' and deleted_at is null
      order by name_key, id) to stdout with (format csv, header)" > "$dir/copy-to.csv"
  COPY_OUT_S=$(python3 -c "print(($(ms_now) - $t0) / 1000)")
  touch "$dir/stop-rss"; wait "$sampler" || true
  IMPORT_RSS_KIB=$(cat "$dir/rss-peak-kib")
  log "    export $EXPORT_S s ($(( $(stat -c %s "$dir/export.csv") / 1048576 )) MiB), COPY TO $COPY_OUT_S s"
  python3 - "$dir" "$RESULTS/$STAMP-import" <<PY
import json, sys
d, out = sys.argv[1], sys.argv[2]
lat = sorted(float(l.split()[1]) * 1000 for l in open(d + "/get-ms.txt") if l.startswith("200 "))
bad = sum(1 for l in open(d + "/get-ms.txt") if not l.startswith("200 "))
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan")
r = {"stamp": "$STAMP", "rows": $rows, "file_mib": round($bytes / 1048576, 1), "load_average_start": "$(cut -d' ' -f1-3 /proc/loadavg)",
     "nice": $NICE, "cpus": $(nproc),
     "import_s": float("$IMPORT_S"), "copy_s": float("$COPY_IN_S"), "copy_all_tables_s": float("$COPY_ALL_S"), "created": int("$IMPORT_CREATED"), "failed": int("$IMPORT_FAILED"),
     "upsert_rows": $upserts, "upsert_s": float("$UPSERT_S"), "upsert_updated": int("$UPSERT_UPDATED"), "upsert_failed": int("$UPSERT_FAILED"),
     "invalid_rows": $upserts, "invalid_s": float("$INVALID_S"), "invalid_created": int("$INVALID_CREATED"), "invalid_failed": int("$INVALID_FAILED"),
     "pass_after_import_s": int("$PASS_AFTER_IMPORT_S"), "pass_after_upserts_s": int("$PASS_AFTER_UPSERTS_S"),
     "export_s": float("$EXPORT_S"), "copy_to_s": float("$COPY_OUT_S"), "rss_peak_mib": $(( IMPORT_RSS_KIB / 1024 )),
     "get_during_import": {"requests": len(lat) + bad, "non_200": bad, "p50_ms": round(p(0.5), 1), "p99_ms": round(p(0.99), 1)}}
ratio_in = r["import_s"] / r["copy_s"]
ratio_out = r["export_s"] / r["copy_to_s"]
rows = [
    ("import %d rows" % r["rows"], "%.1f s" % r["import_s"], "COPY %.1f s" % r["copy_s"], "%.2f x" % ratio_in, "<= 3 x", ratio_in <= 3),
    ("  (against COPY of all it writes)", "", "COPY %.1f s" % r["copy_all_tables_s"], "%.2f x" % (r["import_s"] / r["copy_all_tables_s"]), "", True),
    ("duplicate pass after the import", "%d s" % r["pass_after_import_s"], "a minute's wait, then every client", "", "", True),
    ("upsert %d rows" % r["upsert_rows"], "%.1f s" % r["upsert_s"], "updated %d, failed %d" % (r["upsert_updated"], r["upsert_failed"]), "", "", True),
    ("10%%-invalid %d rows" % r["invalid_rows"], "%.1f s" % r["invalid_s"], "created %d, refused %d" % (r["invalid_created"], r["invalid_failed"]), "", "", r["invalid_failed"] == r["invalid_rows"] // 10),
    ("duplicate passes after those two", "%d s" % r["pass_after_upserts_s"], "", "", "", True),
    ("export %d rows" % r["created"], "%.1f s" % r["export_s"], "COPY TO %.1f s" % r["copy_to_s"], "%.2f x" % ratio_out, "<= 2 x", ratio_out <= 2),
    ("peak RSS during imports and export", "%d MiB" % r["rss_peak_mib"], "", "", "<= 512 MiB", r["rss_peak_mib"] <= 512),
    ("GET by id during the import", "p99 %.1f ms" % r["get_during_import"]["p99_ms"], "%d requests, %d not 200" % (r["get_during_import"]["requests"], bad), "", "<= 50 ms", r["get_during_import"]["p99_ms"] <= 50 and bad == 0),
]
lines = ["%-32s %-14s %-28s %-8s %-11s %s" % ("import scenario", "service", "reference", "ratio", "target", "")]
for name, svc, ref, ratio, target, ok in rows:
    lines.append("%-32s %-14s %-28s %-8s %-11s %s" % (name, svc, ref, ratio, target, "" if not target else ("met" if ok else "MISSED")))
r["table"] = lines
json.dump(r, open(out + ".json", "w"), indent=2)
open(out + ".txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
  cp "$RESULTS/$STAMP-import.json" "$RESULTS/import-latest.json"
  cp "$RESULTS/$STAMP-import.txt" "$RESULTS/import-latest.txt"
}
