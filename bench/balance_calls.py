#!/usr/bin/env python3
"""1,000 blockchain.scripthash.get_balance calls against btc-worker's API, timed end to end.

--mode loop:  1,000 sequential GET /electrum/query over ONE kept-alive http.client connection.
--mode batch: the same number of calls as one POST /electrum/batch.
Each call asks for a different script hash (sha256 of "<seed>-<i>"), which the test server answers.
Prints "<milliseconds>|<calls that failed>".
"""
import argparse
import hashlib
import http.client
import json
import time

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, required=True)
ap.add_argument("--token-file", required=True)
ap.add_argument("--server-port", type=int, required=True)
ap.add_argument("--mode", choices=["loop", "batch"], required=True)
ap.add_argument("--seed", default="x")
ap.add_argument("--count", type=int, default=1000)
a = ap.parse_args()

token = open(a.token_file).read().strip()
hashes = [hashlib.sha256(f"{a.seed}-{i}".encode()).hexdigest() for i in range(a.count)]
server = f"url=127.0.0.1&port={a.server_port}&ssl=false"
headers = {"Authorization": f"Bearer {token}"}
conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=60)
conn.connect()
bad = 0
if a.mode == "loop":
    start = time.perf_counter()
    for h in hashes:
        conn.request("GET", f"/electrum/query?{server}&method=blockchain.scripthash.get_balance&params=%5B%22{h}%22%5D",
                     headers=headers)
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            bad += 1
    elapsed = time.perf_counter() - start
else:
    body = json.dumps([{"method": "blockchain.scripthash.get_balance", "params": [h]} for h in hashes]).encode()
    start = time.perf_counter()
    conn.request("POST", f"/electrum/batch?{server}", body=body,
                 headers=dict(headers, **{"Content-Type": "application/json"}))
    r = conn.getresponse()
    data = r.read()
    elapsed = time.perf_counter() - start
    if r.status != 200:
        bad = a.count
    else:
        items = json.loads(data)
        bad = sum(1 for it in items if "result" not in it) + max(0, a.count - len(items))
print(f"{elapsed * 1000:.1f}|{bad}")
