"""Time from a didChange that makes a typo in a tree to the publishDiagnostics that reports
it, over dtree lsp's stdio, with no editor in between. Standard library only.
Usage: python3 raw_latency.py DTREE TREE ROUNDS"""
import json
import os
import re
import select
import statistics
import subprocess
import sys
import time

dtree, tree, rounds = sys.argv[1], os.path.abspath(sys.argv[2]), int(sys.argv[3])
text = open(tree).read()
start = re.search(r"^start: *(\S+)", text, re.M).group(1)
typo = text.replace(f"start: {start}", f"start: {start}z", 1)
uri = "file://" + tree
server = subprocess.Popen([dtree, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
buffer = b""


def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def receive():
    global buffer
    while True:
        head, sep, rest = buffer.partition(b"\r\n\r\n")
        if sep:
            length = int(re.search(rb"Content-Length: *(\d+)", head).group(1))
            if len(rest) >= length:
                buffer = rest[length:]
                return json.loads(rest[:length])
        select.select([server.stdout], [], [], 10)
        buffer += os.read(server.stdout.fileno(), 1 << 16)


def wait_diagnostics(version):
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["version"] == version:
            return message["params"]["diagnostics"]


send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
receive()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
assert wait_diagnostics(1) == []
times = []
version = 1
for _ in range(rounds):
    for body, expect_errors in ((typo, True), (text, False)):
        version += 1
        t0 = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": body}]}})
        found = wait_diagnostics(version)
        elapsed = (time.perf_counter() - t0) * 1000
        assert bool(found) == expect_errors, found
        if expect_errors:
            times.append(elapsed)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
server.wait(10)
times.sort()
print(f"raw client: {len(times)} typos, median {statistics.median(times):.1f} ms, "
      f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, max {times[-1]:.1f} ms")
