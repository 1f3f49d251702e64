// The example browser extension (clients/browser-extension), loaded in Chromium: configure it on its options page,
// press its button on a local news page of our own, and check that the summary sentences are marked in the page.
// Run by run.sh (which starts the packaged jar); alone: BASE_URL=http://localhost:8080 node extension.test.mjs
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const BASE = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const OUT = join(ROOT, 'target/e2e');
const EXTENSION = join(ROOT, 'clients/browser-extension');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PAGE = readFileSync(join(HERE, 'pages/ferry-article.html'), 'utf8');

const squeeze = (s) => s.replace(/\s+/g, '');

/** A local web server with our invented news page, on a free port of 127.0.0.1. */
async function servePage() {
  const server = createServer((req, res) => {
    if (req.url === '/news/ferry.html') {
      res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'});
      res.end(PAGE);
    } else {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {server, url: `http://127.0.0.1:${server.address().port}/news/ferry.html`};
}

async function main() {
  mkdirSync(OUT, {recursive: true});
  const {server, url} = await servePage();
  const userDataDir = mkdtempSync(join(tmpdir(), 'nutgraf-ext-'));
  // extensions need the new headless mode: headless=false in playwright, --headless=new to chromium
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: false, timeout: 60000, viewport: {width: 1366, height: 900},
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]
  });
  try {
    context.setDefaultTimeout(30000);
    let [worker] = context.serviceWorkers();
    worker = worker || await context.waitForEvent('serviceworker', {timeout: 30000});
    const extensionId = new URL(worker.url()).host;
    console.log(`extension test: loaded ${EXTENSION} as ${extensionId}`);

    // configure the Nutgraf URL on the options page, as a person would
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.fill('#url', BASE);
    await options.fill('#sentences', '3');
    await options.click('#save');
    await options.waitForFunction(() => document.getElementById('status').textContent === 'Saved.');
    await options.close();

    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url);

    // the button's click handler, called in the service worker on the test page's tab
    const result = await worker.evaluate(async (pageUrl) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === pageUrl);
      if (!tab) {
        return {error: 'no tab with ' + pageUrl + ' among ' + tabs.map((t) => t.url).join(', ')};
      }
      return globalThis.summarizeTab(tab);
    }, url);
    console.log('extension test: summarizeTab answered ' + JSON.stringify(result));
    assert.equal(result.error, undefined, result.error);

    // what Nutgraf answers for the same page and options
    const live = await page.evaluate(() => document.documentElement.outerHTML);
    const res = await fetch(`${BASE}/api/v1/summaries?sentences=3&include=articleText`, {
      method: 'POST', headers: {'Content-Type': 'text/html; charset=utf-8'}, body: PAGE,
      signal: AbortSignal.timeout(60000)
    });
    assert.equal(res.status, 200);
    const answer = await res.json();
    const expected = answer.summary.sentences;
    assert.ok(expected.length > 0);
    assert.ok(live.length > 0);

    // every summary sentence is marked in the live page, whole, and nothing else is
    const marked = await page.$$eval('mark[data-nutgraf="summary"]', (ms) => {
      const by = {};
      for (const m of ms) {
        by[m.dataset.nutgrafIndex] = (by[m.dataset.nutgrafIndex] || '') + m.textContent;
      }
      return by;
    });
    assert.deepEqual(Object.keys(marked).map(Number).sort((a, b) => a - b), expected.map((s) => s.index));
    expected.forEach((s) => assert.equal(squeeze(marked[s.index]), squeeze(s.selector.exact), `sentence ${s.index}`));
    assert.equal(result.sentences, expected.length);
    assert.deepEqual(result.missing, []);
    // nothing in the clutter is marked
    assert.equal(await page.locator('nav mark, aside:not(#nutgraf-panel) mark, footer mark').count(), 0);

    // key claims, when this Nutgraf reports them
    const claims = answer.keyClaims || [];
    const claimMarks = await page.locator('mark[data-nutgraf="claim"]').count();
    if (claims.length > 0) {
      assert.ok(claimMarks > 0, 'the API has key claims but none is marked in the page');
      assert.equal(result.claims, claims.length);
    } else {
      assert.equal(claimMarks, 0);
    }
    assert.match(await page.textContent('#nutgraf-panel'), /3 sentences and \d+ key claims? highlighted/);
    // the people, organisations and places the article names, as the API lists them
    const names = (answer.entities || []).map((e) => `${e.text} (${e.type.toLowerCase()})`);
    if (names.length > 0) {
      assert.equal(await page.textContent('#nutgraf-panel .nutgraf-names'), 'Names: ' + names.join(', ') + '.');
    } else {
      assert.equal(await page.locator('#nutgraf-panel .nutgraf-names').count(), 0);
    }

    await page.screenshot({path: join(OUT, 'extension.png')});
    console.log(`extension test: screenshot ${join(OUT, 'extension.png')}`);

    // pressing the button again replaces the marks instead of nesting them
    await worker.evaluate(async (pageUrl) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
      return globalThis.summarizeTab(tab);
    }, url);
    assert.equal(await page.locator('mark[data-nutgraf] mark[data-nutgraf="summary"]').count(), 0);
    assert.equal(Object.keys(await page.$$eval('mark[data-nutgraf="summary"]',
      (ms) => Object.fromEntries(ms.map((m) => [m.dataset.nutgrafIndex, 1])))).length, expected.length);

    // a wrong Nutgraf URL is reported on the page, not thrown away
    await worker.evaluate(() => chrome.storage.sync.set({nutgrafUrl: 'http://127.0.0.1:9'}));
    const failed = await worker.evaluate(async (pageUrl) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
      return globalThis.summarizeTab(tab);
    }, url);
    assert.match(failed.error, /could not be reached/);
    assert.match(await page.textContent('#nutgraf-panel'), /could not be reached/);
    assert.deepEqual(pageErrors, []);
    console.log(`extension test: passed (${expected.length} sentences marked in the page, ${claimMarks} claim marks)`);
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, {recursive: true, force: true});
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
