#!/usr/bin/env python3
"""Clientela benchmark data: Latin-American clients written exactly as the service writes them.

Subcommands
  copy      COPY text (tab-separated) for the clients table on stdout, for one or more tenants.
  fidelity  JSON lines {"body": <API request body>, "expected": <stored columns>} for a sample of
            generated clients, so the run can post them through the API and compare the rows.
  compare   reads the fidelity file and the rows the service stored (JSON lines) and reports any
            column that differs.

Every stored column is derived here the way dev.clientela.client.Clients#values does it:
name_key = SearchText.fold(name), search_text as Clients.searchText, phone_digits and mobile_digits
as SearchText.digits, phone_e164 / mobile_e164 as libphonenumber's E.164 of a valid number, documents
normalised, checked and formatted as the document catalogue does (Peru DNI and RUC, Colombian CC).

Ids are UUIDv7 whose 48-bit time is the row's created_at and whose random bits are derived from the
row index, so pgbench can compute the id of row i in SQL (see uuid_sql) without a lookup.
Only the standard library is used.
"""
import argparse
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timezone
from functools import lru_cache

# --------------------------------------------------------------------------------------------
# SearchText, exactly as dev.clientela.client.SearchText

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_FOLD_SPECIAL = str.maketrans({"ß": "s", "ø": "o", "æ": "a", "đ": "d"})


@lru_cache(maxsize=1 << 16)
def _plain(token):
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M")).lower()


def fold(text):
    """NFKD, drop combining marks (\\p{M}), lower-case, non [a-z0-9] runs -> one space, strip.

    Done per space-separated token (a space is a starter, so NFKD and mark removal never cross it)
    so that the name parts, which repeat, are decomposed once."""
    if text is None:
        return ""
    if text.isascii():
        plain = text.lower()
    else:
        plain = " ".join(_plain(t) for t in text.split(" ")).translate(_FOLD_SPECIAL)
    return _NOT_ALNUM.sub(" ", plain).strip()


def compact(text):
    return fold(text).replace(" ", "")


def digits(text):
    if text is None:
        return None
    d = "".join(ch for ch in text if ch.isdigit())
    return d or None


def search_text(name, legal_name, trade_name, email, doc_number, phone, mobile):
    parts = [fold(name)]
    for part in (legal_name, trade_name, email):
        if part is not None:
            parts.append(fold(part))
    if doc_number is not None:
        parts.append(compact(doc_number))
    for p in (phone, mobile):
        d = digits(p)
        if d is not None:
            parts.append(d)
    return " | ".join(parts)


# --------------------------------------------------------------------------------------------
# Documents

def ruc_check_digit(first_ten):
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    s = sum(int(c) * w for c, w in zip(first_ten, weights))
    return str((11 - s % 11) % 10)


def thousands(d):
    head = len(d) % 3 or 3
    out = [d[:head]]
    for at in range(head, len(d), 3):
        out.append(d[at:at + 3])
    return ".".join(out)


def permute(i, modulus, a, b):
    """An injective map of 0 <= i < modulus into [0, modulus): a*i + b mod modulus, gcd(a, modulus) = 1."""
    return (a * i + b) % modulus


# Reserved ranges (per tenant): generated DNIs 10,000,000-79,999,999; HTTP creates 80,000,000-89,999,999;
# pgbench inserts 90,000,000-99,999,999.
def dni_for(i):
    return "%08d" % (10_000_000 + permute(i, 70_000_000, 31_415_927, 12_345))


def ruc10_for(i):
    base = "10" + "%08d" % (10_000_000 + permute(i, 70_000_000, 27_182_819, 777))
    return base + ruc_check_digit(base)


def ruc20_for(i):
    base = "20" + "%08d" % (10_000_000 + permute(i, 70_000_000, 16_180_343, 4_242))
    return base + ruc_check_digit(base)


def cc_for(i):
    return str(1_000_000_000 + permute(i, 2_000_000_000, 1_234_567_891, 99))


# --------------------------------------------------------------------------------------------
# Names, places, phones

GIVEN_F = ["María", "Ana", "Lucía", "Rosa", "Carmen", "Sofía", "Valentina", "Camila", "Isabel", "Juana",
           "Mariana", "Gabriela", "Daniela", "Patricia", "Verónica", "Mónica", "Inés", "Beatriz", "Raquel",
           "Ángela", "Milagros", "Flor", "Yolanda", "Elena", "Teresa", "Gloria", "Luz", "Marisol", "Noemí",
           "Ximena", "Fernanda", "Andrea", "Paola", "Diana", "Julia", "Susana", "Zoila", "Nélida"]
GIVEN_M = ["José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro", "Jesús", "Víctor", "Manuel",
           "Andrés", "Martín", "Raúl", "Óscar", "Sebastián", "Nicolás", "Julián", "Ramón", "Joaquín",
           "Germán", "César", "Héctor", "Iván", "Rubén", "Tomás", "Ángel", "Fabián", "Efraín", "Hernán",
           "Diego", "Alejandro", "Fernando", "Ricardo", "Eduardo", "Santiago", "Mateo", "Wilmer", "Edwin"]
SURNAMES = ["López", "Pérez", "González", "Rodríguez", "Fernández", "Martínez", "Sánchez", "Ramírez", "Gómez",
            "Díaz", "Hernández", "Muñoz", "Rojas", "Flores", "Torres", "Vásquez", "Castillo", "Chávez",
            "Quispe", "Mamani", "Huamán", "Condori", "Ñuñez", "Peña", "Ibáñez", "Núñez", "Gutiérrez",
            "Jiménez", "Ruiz", "Álvarez", "Mendoza", "Salazar", "Vargas", "Romero", "Cárdenas", "Espinoza",
            "Ríos", "Medina", "Aguilar", "Herrera", "Córdova", "Cáceres", "Zúñiga", "Ccahuana", "Huanca",
            "Ticona", "Villanueva", "Paredes", "Ortiz", "Suárez", "Benítez", "Acuña", "Montaño", "Saldaña",
            "Ochoa", "Valdés", "Marín", "Ospina", "Restrepo", "Londoño", "Cardona", "Giraldo", "Arango",
            "Velásquez", "Guzmán", "Toledo", "Bermúdez", "Carreño", "Yupanqui", "Apaza", "Ñahui", "Orbegoso"]
COMPANY_PREFIX = ["Inversiones", "Comercial", "Distribuidora", "Corporación", "Ferretería", "Bodega",
                  "Transportes", "Importaciones", "Servicios Generales", "Constructora", "Farmacia",
                  "Panadería", "Agroindustrias", "Textiles", "Minimarket"]
COMPANY_SUFFIX = ["S.A.C.", "S.A.", "E.I.R.L.", "S.R.L.", "S.A.A."]
COMPANY_CORE = ["Andina", "del Sur", "del Norte", "Los Olivos", "San Martín", "Santa Rosa", "El Porvenir",
                "La Unión", "Pacífico", "Amazonía", "Señor de los Milagros", "Virgen de Guadalupe"]
PE_PLACES = [("Miraflores", "Lima", "Lima", "150122"), ("San Isidro", "Lima", "Lima", "150131"),
             ("Surquillo", "Lima", "Lima", "150141"), ("Los Olivos", "Lima", "Lima", "150117"),
             ("San Juan de Lurigancho", "Lima", "Lima", "150132"), ("Cercado", "Arequipa", "Arequipa", "040101"),
             ("Cusco", "Cusco", "Cusco", "080101"), ("Trujillo", "Trujillo", "La Libertad", "130101"),
             ("Piura", "Piura", "Piura", "200101"), ("Chiclayo", "Chiclayo", "Lambayeque", "140101")]
CO_PLACES = [("Chapinero", "Bogotá", "Cundinamarca"), ("Usaquén", "Bogotá", "Cundinamarca"),
             ("El Poblado", "Medellín", "Antioquia"), ("Laureles", "Medellín", "Antioquia"),
             ("San Fernando", "Cali", "Valle del Cauca"), ("El Prado", "Barranquilla", "Atlántico")]
PE_STREETS = ["Av. Arequipa", "Jr. de la Unión", "Av. Brasil", "Calle Los Pinos", "Av. Perú", "Jr. Ayacucho",
              "Av. Túpac Amaru", "Calle Las Begonias", "Av. José Larco", "Psje. San Martín"]
CO_STREETS = ["Calle", "Carrera", "Avenida", "Diagonal", "Transversal"]
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es", "empresa.pe", "correo.com.co"]
NOTES = ["Cliente frecuente", "Paga al contado", "Prefiere factura electrónica", "Crédito a 30 días",
         "Llamar antes de entregar", "Descuento por volumen acordado", "Entrega en almacén del jirón"]
CO_MOBILE_PREFIX = ["300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316", "317",
                    "318", "319", "320", "321", "322", "323", "350", "351"]


def pe_mobile(r):
    n = "9%08d" % r.randrange(100_000_000)
    return "+51 %s %s %s" % (n[:3], n[3:6], n[6:]), "+51" + n


def pe_landline(r):
    n = "%d%06d" % (r.choice((2, 3, 4, 5, 6, 7)), r.randrange(1_000_000))
    return "(01) %s-%s" % (n[:3], n[3:]), "+511" + n


def co_mobile(r):
    n = r.choice(CO_MOBILE_PREFIX) + "%07d" % r.randrange(10_000_000)
    return "+57 %s %s %s" % (n[:3], n[3:6], n[6:]), "+57" + n


# --------------------------------------------------------------------------------------------
# One client: the API body and the stored columns

def make_client(r, i, tenant_country):
    """Client number i (0-based) of a tenant: (api_body, stored_columns without tenant/id/number/times)."""
    roll = r.random()
    if tenant_country == "CO":
        kind_doc = "CC" if roll < 0.80 else ("NONE" if roll < 0.95 else "DNI")
    else:
        kind_doc = ("DNI" if roll < 0.58 else "RUC10" if roll < 0.68 else "RUC20" if roll < 0.82
                    else "CC" if roll < 0.92 else "NONE")
    given_pool = GIVEN_F if r.random() < 0.5 else GIVEN_M
    given = r.choice(given_pool)
    if r.random() < 0.35:
        second = r.choice(given_pool)
        if second != given:
            given = given + " " + second
    s1, s2 = r.choice(SURNAMES), r.choice(SURNAMES)
    legal_name = trade_name = None
    kind = "PERSON"
    if kind_doc == "RUC20":
        kind = "COMPANY"
        core = r.choice((s1, r.choice(COMPANY_CORE)))
        name = "%s %s %s" % (r.choice(COMPANY_PREFIX), core, r.choice(COMPANY_SUFFIX))
        legal_name = name
        if r.random() < 0.5:
            trade_name = "%s %s" % (r.choice(("Bodega", "Market", "Tienda", "Ferretería")), s2)
        email_local = fold(core).replace(" ", "") + str(i % 1000)
    else:
        name = "%s %s %s" % (given, s1, s2)
        email_local = "%s.%s%d" % (fold(given.split()[0]), fold(s1).replace(" ", ""), i % 10_000)
    email = None if r.random() < 0.2 else "%s@%s" % (email_local, r.choice(MAIL_DOMAINS))

    doc = None
    if kind_doc == "DNI":
        number = dni_for(i)
        doc = ("PE", "DNI", number, number, None)
    elif kind_doc == "RUC10":
        number = ruc10_for(i)
        doc = ("PE", "RUC", number, number, number[-1])
    elif kind_doc == "RUC20":
        number = ruc20_for(i)
        doc = ("PE", "RUC", number, number, number[-1])
    elif kind_doc == "CC":
        number = cc_for(i)
        doc = ("CO", "CC", number, thousands(number), None)
    region = doc[0] if doc else tenant_country

    mobile = mobile_e164 = phone = phone_e164 = None
    if r.random() < 0.85:
        mobile, mobile_e164 = co_mobile(r) if region == "CO" else pe_mobile(r)
    if r.random() < 0.30:
        phone, phone_e164 = (co_mobile(r) if region == "CO" else pe_landline(r))

    address = None
    if r.random() < 0.75:
        if region == "CO":
            district, city, dept = r.choice(CO_PLACES)
            line = "%s %d # %d-%d" % (r.choice(CO_STREETS), r.randint(1, 180), r.randint(1, 99), r.randint(1, 99))
            address = {"line": line, "district": district, "city": city, "department": dept, "country": "CO"}
        else:
            district, city, dept, ubigeo = r.choice(PE_PLACES)
            line = "%s %d" % (r.choice(PE_STREETS), r.randint(100, 3999))
            if r.random() < 0.3:
                line += ", Dpto. %d" % r.randint(101, 1505)
            address = {"line": line, "district": district, "city": city, "department": dept, "country": "PE",
                       "ubigeo": ubigeo}
    notes = r.choice(NOTES) if r.random() < 0.25 else None
    status = "INACTIVE" if r.random() < 0.04 else "ACTIVE"
    credit_limit = None
    if r.random() < 0.3:
        credit_limit = "%d.00" % (r.randint(1, 200) * 100)
    external_code = "ERP-%07d" % (i + 1) if r.random() < 0.2 else None

    body = {"name": name}
    if legal_name is not None:
        body["legal_name"] = legal_name
    if trade_name is not None:
        body["trade_name"] = trade_name
    if doc is not None:
        body["document"] = {"country": doc[0], "type": doc[1], "number": doc[3]}
    for key, value in (("email", email), ("phone", phone), ("mobile", mobile), ("address", address),
                       ("notes", notes), ("external_code", external_code)):
        if value is not None:
            body[key] = value
    if status != "ACTIVE":
        body["status"] = status
    if credit_limit is not None:
        body["credit_limit"] = float(credit_limit)

    cols = {
        "kind": kind,
        "name": name,
        "legal_name": legal_name,
        "trade_name": trade_name,
        "doc_country": doc[0] if doc else None,
        "doc_type": doc[1] if doc else None,
        "doc_number": doc[2] if doc else None,
        "doc_formatted": doc[3] if doc else None,
        "doc_check_digit": doc[4] if doc else None,
        "doc_anonymous": False,
        "doc_typed": doc[3] if doc else None,
        "tax_id": None,
        "email": email,
        "phone": phone,
        "phone_e164": phone_e164,
        "mobile": mobile,
        "mobile_e164": mobile_e164,
        "address": address,
        "notes": notes,
        "image_url": None,
        "external_code": external_code,
        "status": status,
        "metadata": {},
        "credit_limit": credit_limit,
        "name_key": fold(name),
        "search_text": search_text(name, legal_name, trade_name, email, doc[2] if doc else None, phone, mobile),
        "phone_digits": digits(phone),
        "mobile_digits": digits(mobile),
        "version": 1,
        "deleted_at": None,
    }
    return body, cols


# --------------------------------------------------------------------------------------------
# Ids and times

def uuid7_for(ms, tenant_index, i):
    """UUIDv7: 48-bit unix ms, version 7, 12 bits from i, variant 10, then tenant index and i."""
    rand_a = (i * 2654435761) % 4096
    rand_b = (tenant_index << 40) | i
    h = "%012x7%03x8%015x" % (ms, rand_a, rand_b)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid_sql(ms_expr, i_expr):
    """The same UUID computed in SQL for the large tenant (index 0); ms and i are bigint expressions."""
    return ("cast(lpad(to_hex(%s), 12, '0') || '7' || lpad(to_hex((%s * 2654435761) %% 4096), 3, '0') || '8'"
            " || lpad(to_hex(%s), 15, '0') as uuid)" % (ms_expr, i_expr, i_expr))


def ts(ms):
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + "+00"


COPY_COLUMNS = ["tenant_id", "id", "number", "kind", "name", "legal_name", "trade_name", "doc_country",
                "doc_type", "doc_number", "doc_formatted", "doc_check_digit", "doc_anonymous", "doc_typed", "tax_id", "email",
                "phone", "phone_e164", "mobile", "mobile_e164", "address", "notes", "image_url",
                "external_code", "status", "metadata", "credit_limit", "name_key", "search_text",
                "phone_digits", "mobile_digits", "version", "created_at", "updated_at", "deleted_at"]

_ESC = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_value(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, dict):
        v = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    else:
        v = str(v)
    if "\\" in v or "\t" in v or "\n" in v or "\r" in v:
        v = v.translate(_ESC)
    return v


BLOCK = 10_000


def cmd_copy(args):
    out = sys.stdout
    buf = []
    for spec in args.tenant:
        tenant_id, count, country, index = spec.split(":")
        count, index = int(count), int(index)
        step = max(1, args.span_ms // max(1, count))
        for i in range(count):
            if i % BLOCK == 0:
                block = i // BLOCK
                mine = block % args.workers == args.worker
                # One random stream per block of rows, so that workers can share a tenant.
                r = random.Random((args.seed * 1_000_003 + index) * 1_000_003 + block)
            if not mine:
                continue
            _, cols = make_client(r, i, country)
            ms = args.start_ms + i * step
            cols["tenant_id"] = tenant_id
            cols["id"] = uuid7_for(ms, index, i)
            cols["number"] = i + 1
            cols["created_at"] = cols["updated_at"] = ts(ms)
            buf.append("\t".join(copy_value(cols[c]) for c in COPY_COLUMNS))
            if len(buf) >= 5000:
                out.write("\n".join(buf))
                out.write("\n")
                buf.clear()
    if buf:
        out.write("\n".join(buf))
        out.write("\n")


def cmd_fidelity(args):
    r = random.Random(args.seed)
    seen = 0
    # Offsets far from the bulk-loaded range; one of each document kind at least.
    for k in range(args.count):
        body, cols = make_client(r, 60_000_000 + k * 7, args.country)
        print(json.dumps({"body": body, "expected": cols}, ensure_ascii=False))
        seen += 1


CSV_HEADER = ["nombre", "razon_social", "nombre_comercial", "pais", "tipo_documento", "numero_documento", "correo",
              "telefono", "celular", "direccion", "distrito", "ciudad", "departamento", "ubigeo", "notas",
              "codigo_externo", "estado", "limite_credito"]
SUNAT_CODES = {"DNI": "1", "RUC": "6"}


def cmd_csv(args):
    """An import file as Excel writes it in a Spanish locale: Windows-1252, ';', CRLF, decimal commas,
    SUNAT codes for Peruvian documents. --invalid-every K makes every K-th row's email invalid;
    --documented-only keeps the rows with a document (for an upsert by document); --email-prefix
    changes every email (so an upsert updates the rows)."""
    r = random.Random(args.seed)
    out = open(sys.stdout.fileno(), "w", encoding="cp1252", errors="replace", newline="")
    out.write(";".join(CSV_HEADER) + "\r\n")
    written = i = 0
    while written < args.count:
        body, _ = make_client(r, i, args.country)
        i += 1
        doc = body.get("document")
        if args.documented_only and not doc:
            continue
        email = body.get("email")
        if args.email_prefix and email:
            email = args.email_prefix + email
        if args.invalid_every and written % args.invalid_every == args.invalid_every - 1:
            email = "no-es-un-correo"
        a = body.get("address") or {}
        credit = body.get("credit_limit")
        cells = [body["name"], body.get("legal_name"), body.get("trade_name"), doc and doc["country"],
                 doc and SUNAT_CODES.get(doc["type"], doc["type"]) if doc and doc["country"] == "PE" else doc and doc["type"],
                 doc and doc["number"], email, body.get("phone"), body.get("mobile"), a.get("line"), a.get("district"),
                 a.get("city"), a.get("department"), a.get("ubigeo"), body.get("notes"), body.get("external_code"),
                 "inactivo" if body.get("status") == "INACTIVE" else "activo",
                 None if credit is None else ("%.2f" % credit).replace(".", ",")]
        out.write(";".join(_csv_cell(c) for c in cells) + "\r\n")
        written += 1
    out.flush()


def _csv_cell(value):
    if value is None:
        return ""
    text = str(value)
    if any(ch in text for ch in ';"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def cmd_compare(args):
    with open(args.fidelity, encoding="utf-8") as f:
        expected = [json.loads(line)["expected"] for line in f if line.strip()]
    with open(args.stored, encoding="utf-8") as f:
        stored = [json.loads(line) for line in f if line.strip()]
    by_name = {}
    for row in stored:
        by_name.setdefault(row["search_text"], []).append(row)
    problems = []
    for exp in expected:
        rows = by_name.get(exp["search_text"])
        if not rows:
            problems.append("no stored row has search_text %r (name %r)" % (exp["search_text"], exp["name"]))
            continue
        row = rows[0]
        for col, value in exp.items():
            got = row.get(col)
            if col == "credit_limit" and got is not None:
                got = "%.2f" % float(got)
            if got != value:
                problems.append("%s: column %s generated %r, service stored %r" % (exp["name"], col, value, got))
    for p in problems:
        print("  " + p, file=sys.stderr)
    print("fidelity: %d clients compared column by column, %d differences" % (len(expected), len(problems)))
    return 1 if problems else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("copy")
    c.add_argument("--tenant", action="append", required=True, help="uuid:count:country:index")
    c.add_argument("--seed", type=int, default=42)
    c.add_argument("--start-ms", type=int, required=True)
    c.add_argument("--span-ms", type=int, required=True)
    c.add_argument("--worker", type=int, default=0)
    c.add_argument("--workers", type=int, default=1)
    f = sub.add_parser("fidelity")
    f.add_argument("--count", type=int, default=40)
    f.add_argument("--seed", type=int, default=7)
    f.add_argument("--country", default="PE")
    v = sub.add_parser("csv")
    v.add_argument("--count", type=int, required=True)
    v.add_argument("--seed", type=int, default=99)
    v.add_argument("--country", default="PE")
    v.add_argument("--invalid-every", type=int, default=0)
    v.add_argument("--documented-only", action="store_true")
    v.add_argument("--email-prefix", default="")
    m = sub.add_parser("compare")
    m.add_argument("fidelity")
    m.add_argument("stored")
    args = p.parse_args()
    if args.cmd == "copy":
        cmd_copy(args)
    elif args.cmd == "fidelity":
        cmd_fidelity(args)
    elif args.cmd == "csv":
        cmd_csv(args)
    else:
        sys.exit(cmd_compare(args))


if __name__ == "__main__":
    main()
