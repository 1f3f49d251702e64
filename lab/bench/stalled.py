#!/usr/bin/env python3
"""Opens N connections that send headers and half a body, then stall; then sends M fresh requests.
Prints how many of the fresh ones were served (200). Exit 1 if any was not. Run by lab/bench/load.sh, or against a
running service, from the repository root:

  lab/bench/stalled.py 127.0.0.1 PORT 300 10 src/test/resources/articles/harbour-museum-pasted.txt
"""
import socket, sys, time, urllib.request

host, port, stalled, fresh, article = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
body = open(article, 'rb').read()
socks = []
for i in range(stalled):
    s = socket.create_connection((host, port))
    s.sendall(b"POST /api/v1/summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain; charset=UTF-8\r\n"
              + b"Content-Length: %d\r\n\r\n" % len(body) + body[: len(body) // 2])
    socks.append(s)
print(f"stalled uploads open: {len(socks)}")
served = 0
t0 = time.time()
for i in range(fresh):
    req = urllib.request.Request(f"http://{host}:{port}/api/v1/summaries", data=body,
                                 headers={"Content-Type": "text/plain; charset=UTF-8"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            served += r.status == 200
    except Exception as e:
        print(f"fresh request {i}: {e}")
print(f"fresh requests served: {served}/{fresh} in {time.time() - t0:.1f} s while {len(socks)} uploads stalled")
for s in socks:
    s.close()
sys.exit(0 if served == fresh else 1)
