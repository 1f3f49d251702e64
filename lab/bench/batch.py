#!/usr/bin/env python3
"""Batch throughput: every article of a folder through POST /api/v1/summaries/batch as NDJSON, the answer read as it
streams, with a progress bar on stderr; beside it, the single-request rate at one client on the first articles.

  lab/bench/batch.py http://127.0.0.1:PORT ../shared/data/bbc/articles [single_sample_size]
"""
import http.client, json, os, sys, time, urllib.parse

base, folder = sys.argv[1], sys.argv[2]
single_n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
url = urllib.parse.urlparse(base)
names = sorted(n for n in os.listdir(folder) if n.endswith('.txt'))
texts = [open(os.path.join(folder, n), encoding='utf-8').read() for n in names]

def bar(done, total, t0):
    width = 40
    filled = int(width * done / total)
    rate = done / max(1e-9, time.time() - t0)
    sys.stderr.write('\r[%s%s] %d/%d  %.1f articles/s' % ('=' * filled, ' ' * (width - filled), done, total, rate))
    sys.stderr.flush()

# one client, one article at a time (each a cache miss: distinct titles)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
t0 = time.time()
for i, text in enumerate(texts[:single_n]):
    conn.request('POST', '/api/v1/summaries?title=single-%d-%d' % (i, int(t0)), text.encode('utf-8'),
                 {'Content-Type': 'text/plain; charset=UTF-8'})
    r = conn.getresponse(); r.read()
    if r.status != 200:
        sys.exit('single request %d answered %d' % (i, r.status))
single_rate = single_n / (time.time() - t0)
print('single requests, 1 client: %.1f articles/s (%d articles)' % (single_rate, single_n))

body = '\n'.join(json.dumps({'id': n, 'text': t, 'title': 'batch-%d' % int(time.time())}) for n, t in zip(names, texts))
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
t0 = time.time()
conn.request('POST', '/api/v1/summaries/batch', body.encode('utf-8'), {'Content-Type': 'application/x-ndjson'})
r = conn.getresponse()
if r.status != 200:
    sys.exit('batch answered %d: %s' % (r.status, r.read()[:300]))
done = ok = 0
for line in r:
    if not line.strip():
        continue
    done += 1
    ok += json.loads(line).get('status') == 200
    if done % 25 == 0 or done == len(texts):
        bar(done, len(texts), t0)
sys.stderr.write('\n')
elapsed = time.time() - t0
print('batch: %d articles in %.1f s = %.1f articles/s (%d ok); 2 x single-request rate = %.1f; ratio %.2f'
      % (done, elapsed, done / elapsed, ok, 2 * single_rate, (done / elapsed) / (2 * single_rate)))
