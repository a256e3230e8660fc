#!/usr/bin/env python3
"""Measures a scaled-out set-up started by scale/run: coherence between two instances, reads on
the replica, throughput of one instance and of two behind the balancer, failover when the
replica stops, and the delivery delay of the dataChanged subscription. Standard library only;
load runs use wrk."""
import argparse
import glob
import http.client
import json
import os
import random
import re
import subprocess
import threading
import time
import urllib.parse
import urllib.request

# a read the response cache cannot answer: a different threshold each time
UNCACHED = '{ achievements(first: 1, filter: {served: {greaterThan: %d}}) { totalCount } }'
REVISIONS = '{ dataRevisions { totalCount } }'
FULL_YEAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ops', 'full-year.sql')

LUA = """
local bodies = {}
local counter = 0
function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
end
function request()
  counter = counter + 1
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" },
    bodies[(counter % #bodies) + 1])
end
"""


def psql(url, sql):
    return subprocess.run(['psql', '-qtA', url, '-c', sql], check=True, capture_output=True,
                          text=True).stdout.strip()


def post(base, path, body, headers=None, timeout=30):
    request = urllib.request.Request(base + path, data=body, method='POST', headers=headers or {})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read().decode(), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.monotonic() - started
    except OSError as error:
        return 0, str(error), time.monotonic() - started


def graphql(base, query, timeout=30):
    return post(base, '/graphql', json.dumps({'query': query}).encode(),
                {'Content-Type': 'application/json'}, timeout)


def answered(status, text):
    return status == 200 and '"errors"' not in text


def full_year(primary, variant):
    """A full year of made-up achievements, from ops/full-year.sql."""
    return subprocess.run(['psql', '-qtA', '-v', f'variant={variant}', '-f', FULL_YEAR, primary], check=True,
                          capture_output=True, text=True).stdout


def import_year(instance, token, file):
    status, text, seconds = post(
        instance, '/admin/imports/achievements?fiscalYear=2024&sourceUrl=https://example.org/scale.csv',
        file.encode(), {'Content-Type': 'text/csv', 'Authorization': 'Bearer ' + token}, timeout=120)
    if status != 200:
        raise SystemExit(f'the import failed: HTTP {status} {text[:300]}')
    return json.loads(text)['status']


def reads(instance, token):
    request = urllib.request.Request(instance + '/actuator/prometheus',
                                     headers={'Authorization': 'Bearer ' + token})
    with urllib.request.urlopen(request, timeout=10) as answer:
        text = answer.read().decode()
    counts = {}
    for target in ('primary', 'replica'):
        match = re.search(r'spm_database_reads_total\{[^}]*target="%s"[^}]*\} ([0-9.eE+]+)' % target, text)
        counts[target] = float(match.group(1)) if match else 0.0
    return counts


def commits(url):
    return int(psql(url, 'select xact_commit from pg_stat_database where datname = current_database()'))


def activity(url):
    return psql(url, "select coalesce(nullif(application_name, ''), '(none)') || ': ' || count(*)"
                     " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                     " group by application_name order by 1").replace('\n', ', ')


def wrk(base, bodies_file, lua_file, seconds, connections=64):
    output = subprocess.run(['wrk', '-t2', f'-c{connections}', f'-d{seconds}s', '--latency', '-s', lua_file,
                             base, '--', bodies_file], check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r'Requests/sec:\s+([0-9.]+)', output).group(1))
    p99 = re.search(r'99%\s+([0-9.]+\w+)', output).group(1)
    errors = re.search(r'Non-2xx or 3xx responses: (\d+)', output)
    return rate, p99, int(errors.group(1)) if errors else 0


class Subscriber(threading.Thread):
    """A dataChanged subscriber over Server-Sent Events, through the balancer."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.url = urllib.parse.urlparse(base)
        self.events = []
        self.ready = threading.Event()

    def run(self):
        connection = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        connection.request('POST', '/graphql', json.dumps({'query': 'subscription { dataChanged { version } }'}),
                           {'Content-Type': 'application/json', 'Accept': 'text/event-stream'})
        answer = connection.getresponse()
        self.ready.set()
        while True:
            line = answer.readline()
            if not line:
                return
            if line.startswith(b'data:') and b'dataChanged' in line:
                self.events.append(time.monotonic())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--balancer')
    parser.add_argument('--instances', nargs=2)
    parser.add_argument('--token')
    parser.add_argument('--primary')
    parser.add_argument('--replica')
    parser.add_argument('--stop-replica')
    parser.add_argument('--start-replica')
    parser.add_argument('--seconds', type=int)
    parser.add_argument('--work')
    parser.add_argument('--bench')
    args = parser.parse_args()
    one, two = args.instances

    print('a full year of achievements (made-up numbers) imported through instance 1:',
          import_year(one, args.token, full_year(args.primary, 0)))
    deadline = time.monotonic() + 10
    while psql(args.replica, 'select version from data_version') != psql(args.primary,
                                                                           'select version from data_version'):
        if time.monotonic() > deadline:
            raise SystemExit('the replica did not replay the import within 10 s')
        time.sleep(0.05)

    # coherence and the subscription: instance 2 holds the old answer in its cache
    subscriber = Subscriber(args.balancer)
    direct = Subscriber(two)
    for each in (subscriber, direct):
        each.start()
        each.ready.wait(10)
    time.sleep(0.5)
    before = graphql(two, REVISIONS)[1]
    assert before == graphql(two, REVISIONS)[1]
    print('second import, through instance 1:', import_year(one, args.token, full_year(args.primary, 1)))
    imported = time.monotonic()
    after = before
    while after == before and time.monotonic() < imported + 10:
        after = graphql(two, REVISIONS)[1]
    seen = time.monotonic()
    if after == before:
        raise SystemExit('instance 2 never saw the import')
    print(f'coherence: instance 2 answered with the import {1000 * (seen - imported):.0f} ms after instance 1'
          ' answered the import')
    time.sleep(1)
    if not subscriber.events or not direct.events:
        raise SystemExit('a subscriber heard of no change')
    print(f'subscription: the dataChanged event reached a subscriber on the balancer'
          f' {1000 * (subscriber.events[0] - imported):+.0f} ms from the import\'s answer, one on instance 2'
          f' {1000 * (direct.events[0] - imported):+.0f} ms')

    # load: the benchmark's five documents (answered from the response cache once warm), then
    # requests that each need a database read; one instance alone, then both behind the balancer
    documents = []
    for path in sorted(glob.glob(args.bench + '/*.service.graphql')):
        with open(path) as source:
            text = ' '.join(line for line in source.read().split('\n') if not line.lstrip().startswith('#'))
        documents.append(json.dumps({'query': ' '.join(text.split())}))
    cached = args.work + '/cached.jsonl'
    uncached = args.work + '/uncached.jsonl'
    lua_file = args.work + '/bodies.lua'
    with open(cached, 'w') as out:
        out.write('\n'.join(documents) + '\n')
    # each run its own thresholds: none of them is in a cache
    thresholds = random.Random(7).sample(range(10**7), 200000)
    with open(uncached, 'w') as out:
        out.write('\n'.join(json.dumps({'query': UNCACHED % n}) for n in thresholds[:100000]) + '\n')
    with open(uncached + '.2', 'w') as out:
        out.write('\n'.join(json.dumps({'query': UNCACHED % n}) for n in thresholds[100000:]) + '\n')
    with open(lua_file, 'w') as out:
        out.write(LUA)
    for body in documents:
        for instance in (one, two):
            graphql(instance, json.loads(body)['query'])
    counters = [reads(one, args.token), reads(two, args.token)]
    primary_commits, replica_commits = commits(args.primary), commits(args.replica)
    print(f'throughput, 64 connections, {args.seconds} s a run (wrk on the same 2 cores as everything else):')
    for label, bodies in (('the five documents, cached', cached), ('a database read each', uncached)):
        for target, name, run in ((one, 'one instance', ''), (args.balancer, 'two instances behind HAProxy', '.2')):
            rate, p99, errors = wrk(target, bodies if bodies == cached else bodies + run, lua_file, args.seconds)
            print(f'  {label}, {name}: {rate:.0f} requests/s, p99 {p99}, {errors} non-2xx')
    after = [reads(one, args.token), reads(two, args.token)]
    replica_reads = sum(a['replica'] - b['replica'] for a, b in zip(after, counters))
    primary_reads = sum(a['primary'] - b['primary'] for a, b in zip(after, counters))
    total = replica_reads + primary_reads
    print(f'reads: {replica_reads:.0f} of {total:.0f} on the replica ({100 * replica_reads / max(total, 1):.1f} %),'
          f' by the instances\' count; transactions committed meanwhile: primary'
          f' {commits(args.primary) - primary_commits}, replica {commits(args.replica) - replica_commits}')
    print('  pg_stat_activity on the primary:', activity(args.primary))
    print('  pg_stat_activity on the replica:', activity(args.replica))

    # failover: the replica stops while requests that each need a database read go on
    results = []
    stopping = threading.Event()

    def load(seed):
        numbers = random.Random(seed)
        while not stopping.is_set():
            started = time.monotonic()
            status, text, seconds = graphql(args.balancer, UNCACHED % numbers.randrange(10**7), timeout=30)
            results.append((started, seconds, answered(status, text), f'HTTP {status} {text[:200]}'))

    threads = [threading.Thread(target=load, args=(seed,), daemon=True) for seed in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    stopped = time.monotonic()
    subprocess.run(args.stop_replica, shell=True, check=True, capture_output=True)
    time.sleep(6)
    restarted = time.monotonic()
    subprocess.run(args.start_replica, shell=True, check=True, capture_output=True)
    base = [reads(one, args.token)['replica'], reads(two, args.token)['replica']]
    back = None
    while time.monotonic() < restarted + 20:
        time.sleep(0.1)
        now = [reads(one, args.token)['replica'], reads(two, args.token)['replica']]
        if all(n > b for n, b in zip(now, base)):
            back = time.monotonic()
            break
    stopping.set()
    for thread in threads:
        thread.join(40)
    during = [r for r in results if stopped <= r[0] < restarted]
    failed = [r for r in during if not r[2]]
    if failed:
        failover = max(r[0] + r[1] for r in failed) - stopped
        print('  a failed request:', failed[0][3])
    else:
        failover = max((r[1] for r in during if r[0] < stopped + 5), default=0)
    print(f'failover: the replica stopped (immediate shutdown) under 4 clients; {len(during)} requests while it'
          f' was down, {len(failed)} failed; reads moved to the primary within {1000 * failover:.0f} ms'
          f' (slowest answer or last failure after the stop)')
    if back:
        print(f'  reads went back to the replica {back - restarted:.1f} s after it was started again')
    else:
        print('  reads had not gone back to the replica 20 s after it was started again')
    if failover > 5 or not back:
        raise SystemExit('the failover took longer than 5 s, or reads never went back to the replica')
    print('scale check: coherent instances, reads on the replica, failover and live updates measured')


if __name__ == '__main__':
    main()
