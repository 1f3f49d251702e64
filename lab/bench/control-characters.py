#!/usr/bin/env python3
"""How often real text holds a control character Nutgraf refuses (ControlCharacters: every C0 control but tab, line
feed, form feed and carriage return; DELETE; every C1 control), by data set, with each kind's count and an example.
Reads the .txt and .html files under each folder given (default: every data set in ../shared/data and the samples).

  lab/bench/control-characters.py [folder ...]
"""
import collections, os, re, sys

REFUSED = re.compile('[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]')
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, '..', '..', '..', 'shared')
folders = sys.argv[1:] or sorted(
    [os.path.join(shared, 'data', d) for d in os.listdir(os.path.join(shared, 'data'))
     if os.path.isdir(os.path.join(shared, 'data', d))] + [os.path.join(shared, 'samples')])

kinds = collections.Counter()
example = {}
for folder in folders:
    files = holding = 0
    for root, _, names in os.walk(folder):
        for name in sorted(names):
            if not name.endswith(('.txt', '.html')):
                continue
            try:
                text = open(os.path.join(root, name), encoding='utf-8').read()
            except UnicodeDecodeError:
                continue
            files += 1
            found = REFUSED.search(text)
            if found:
                holding += 1
                for c in set(REFUSED.findall(text)):
                    kinds['U+%04X' % ord(c)] += 1
                    example.setdefault('U+%04X' % ord(c), (name, text[max(0, found.start() - 25):found.end() + 25]))
    if files:
        print('%-14s %6d files, %4d with a refused control character' % (os.path.basename(os.path.normpath(folder)), files, holding))
for kind, n in kinds.most_common():
    print('%s in %d files, e.g. %s: %r' % (kind, n, example[kind][0], example[kind][1]))
