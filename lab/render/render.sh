#!/usr/bin/env bash
# Renders the WCXB and ScrapingHub pages the pasted-text line model learns from, in Chromium (pasted.mjs, through
# playwright-core) and w3m, into lab/target, so that the lab's tests remake the model (PastedLineTrainingTest skips
# without them). CI runs it before the lab's verify. Package the lab first:
#   ./mvnw -B -f lab/pom.xml package -DskipTests && lab/render/render.sh
# Installs Debian's chromium and w3m when missing (src/test/sh/apt-require.sh, as src/test/e2e/run.sh does). The
# pages render once, in minutes; a run that finds them rendered returns at once. Skips without the shared folder.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
. src/test/sh/apt-require.sh
command -v node >/dev/null || { echo "render: node (20 or later) is needed" >&2; exit 2; }
nutgraf_apt_require chromium=/usr/bin/chromium w3m=w3m
/usr/bin/chromium --version 2>/dev/null || true
echo "render: npm ci"
(cd lab/render && timeout 300 npm ci --no-audit --no-fund --loglevel=error)
timeout 3600 lab/run extract-train --render-only
