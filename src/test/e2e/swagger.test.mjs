// Swagger UI's "Try it out", as a new user tries the API: open /q/swagger-ui, expand the summaries operation, paste a
// short article as plain text, press Execute, and check that the request went to the server the page came from (a
// random port here, never localhost:8080) and that the summary Swagger UI shows is the API's answer.
// Run by run.sh (which starts the packaged jar); alone: BASE_URL=http://localhost:8080 node swagger.test.mjs
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS} from './page.test.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const BASE = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const OUT = join(ROOT, 'target/e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// our own article, short enough to type into the request body
const ARTICLE = `Harbour Street will close to cars for six weeks from Monday while the council replaces a collapsed drain.
Buses will run on Quay Road instead, and the two stops outside the library will move to the market square.
"We know this is a nuisance, and we will finish as fast as the weather allows," said the council's head of roads.
The drain failed in January after three days of heavy rain flooded eleven shops.
Traders say they lost about £60,000 in the week the street was shut.`;

async function main() {
  mkdirSync(OUT, {recursive: true});
  console.log(`swagger test: ${BASE}/q/swagger-ui`);
  const browser = await chromium.launch({executablePath: CHROMIUM, headless: true, timeout: 60000, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage({viewport: {width: 1366, height: 900}});
    page.setDefaultTimeout(30000);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${BASE}/q/swagger-ui`);

    // the document's one server is relative, so Swagger UI offers (and calls) the page's own host and port
    await page.waitForSelector('.servers select');
    const servers = await page.$$eval('.servers select option', (os) => os.map((o) => o.value));
    assert.deepEqual(servers, ['/'], 'servers Swagger UI offers');

    const operation = page.locator('#operations-Summaries-summarizeJson');
    await operation.locator('.opblock-summary-control').click();
    await operation.locator('.try-out__btn').click();
    await operation.locator('select[aria-label="Request content type"]').selectOption('text/plain');
    await operation.locator('textarea.body-param__text').fill(ARTICLE);

    const sent = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/v1/summaries'),
      {timeout: 60000});
    await operation.locator('button.execute').click();
    const response = await sent;
    const url = new URL(response.url());
    assert.equal(url.origin, new URL(BASE).origin, `Execute called ${response.url()}`);
    assert.equal(url.pathname, '/api/v1/summaries');
    assert.equal(response.request().headers()['content-type'].split(';')[0], 'text/plain');
    assert.equal(response.status(), 200, `the API answered ${response.status()}`);
    const answer = await response.json();
    const chosen = answer.summary.sentences.map((s) => s.text);
    assert.ok(chosen.length > 0, 'the API chose no sentence');
    for (const sentence of chosen) {
      assert.ok(ARTICLE.includes(sentence), `not a sentence of the article: ${sentence}`);
    }

    // what Swagger UI shows: the request URL, status 200 and the same answer
    const live = operation.locator('.live-responses-table');
    await live.waitFor();
    // (Swagger UI sends each option's documented default as a query parameter)
    assert.equal((await operation.locator('.request-url pre').textContent()).trim(), response.url());
    assert.equal((await live.locator('.response .response-col_status').first().textContent()).trim(), '200');
    const shown = JSON.parse(await live.locator('.response-col_description pre.microlight, .response-col_description .highlight-code pre').first().textContent());
    assert.deepEqual(shown.summary.sentences.map((s) => s.text), chosen);
    await live.scrollIntoViewIfNeeded();
    await page.screenshot({path: join(OUT, 'swagger-try-it-out.png'), fullPage: false});

    assert.deepEqual(problems, [], 'errors in the page');
    console.log(`swagger test: passed ("Try it out" called ${url.origin}; ${chosen.length} sentences shown)`);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
