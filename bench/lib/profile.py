#!/usr/bin/env python3
"""Where the service's CPU goes in one scenario: JDK Flight Recorder's execution samples, by the
layer of the request they were taken in.

  profile.py summary JFR_FILE SCENARIO REQUESTS      one JSON object on stdout

Each sample counts once, for the innermost layer on its stack that the list below names (so time in
the PostgreSQL driver under the rate limiter counts as the driver's); "self" is the top frame's package.
"""
import collections
import json
import re
import subprocess
import sys

# innermost first: the first of these found walking the stack from its top names the sample
LAYERS = [
    ("PostgreSQL driver (JDBC, socket I/O)", ("org.postgresql.",)),
    ("connection pool", ("com.zaxxer.hikari.",)),
    ("JSON writing and reading (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("SHA-256 (key check)", ("sun.security.provider.SHA", "java.security.MessageDigest")),
    ("logging, MDC", ("ch.qos.logback.", "org.slf4j.")),
    ("metrics, observation", ("io.micrometer.",)),
    ("rate limiter", ("dev.clientela.tenant.RateLimit", "dev.clientela.tenant.SharedBudget", "io.github.bucket4j.")),
    ("API key authentication", ("dev.clientela.tenant.ApiKey",)),
    ("transactions, JdbcClient", ("org.springframework.jdbc.", "org.springframework.transaction.",
                                  "dev.clientela.db.")),
    ("Clientela's own code", ("dev.clientela.",)),
    ("Spring Security filter chain", ("org.springframework.security.",)),
    ("Spring MVC dispatch", ("org.springframework.web.", "org.springframework.http.")),
    ("Tomcat (HTTP parsing, connector)", ("org.apache.tomcat.", "org.apache.catalina.", "org.apache.coyote.")),
]
_FRAME = re.compile(r"^\s+([\w$.<>/]+)\.[\w$<>]+\(.*line:", re.M)


def layer(frames):
    for frame in frames:
        for name, prefixes in LAYERS:
            if frame.startswith(prefixes):
                return name
    return "JDK and other (GC threads excluded)"


def summary(path, scenario, requests):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                          check=True, capture_output=True, text=True).stdout
    counts, total = collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = _FRAME.findall(event)
        if not frames:
            continue
        total += 1
        counts[layer(frames)] += 1
    rows = [{"layer": k, "share": round(v / total, 3)} for k, v in counts.most_common()]
    return {"scenario": scenario, "samples": total, "requests": requests, "layers": rows}


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "summary":
        sys.exit(__doc__)
    print(json.dumps(summary(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
