// The page at /: paste an article, press Summarise, and check what is highlighted against the API's own answer.
// Run by run.sh (which starts the packaged jar); alone: BASE_URL=http://localhost:8080 node page.test.mjs
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const BASE = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const OUT = join(ROOT, 'target/e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The shared sample when ../shared is there, else our own pasted article. */
function sample() {
  const shared = resolve(ROOT, process.env.SHARED_DIR || '../shared');
  const file = join(shared, 'samples/kazakhstan-oped-pasted.txt');
  if (existsSync(file)) {
    return {file, text: readFileSync(file, 'utf8')};
  }
  const own = join(ROOT, 'src/test/resources/articles/harbour-museum-pasted.txt');
  console.log(`page test: ${file} is absent; using our own fixture ${own}`);
  return {file: own, text: readFileSync(own, 'utf8')};
}

/** No WCAG 2.1 A or AA violation that axe-core finds (labels, contrast, names, landmarks, ARIA). */
async function accessible(page, what) {
  await page.addScriptTag({path: join(HERE, 'node_modules/axe-core/axe.min.js')});
  const violations = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
  })).violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
  assert.deepEqual(violations, [], `accessibility violations in the ${what}`);
  console.log(`page test: axe-core finds no WCAG 2.1 A/AA violation in the ${what}`);
}

async function main() {
  mkdirSync(OUT, {recursive: true});
  const {file, text} = sample();
  // a textarea's value has \n line breaks: the page sends that, and so does this test
  const pasted = text.replace(/\r\n?/g, '\n');
  console.log(`page test: ${BASE}/ with ${file}`);

  // what the API answers for the same input and options as the page sends
  const query = 'sentences=4&include=articleText';
  const res = await fetch(`${BASE}/api/v1/summaries?${query}`, {
    method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'}, body: pasted,
    signal: AbortSignal.timeout(60000)
  });
  assert.equal(res.status, 200, `API answered ${res.status}`);
  const answer = await res.json();
  const expected = answer.summary.sentences.map((s) => s.text);
  assert.ok(expected.length > 0, 'the API chose no sentence');

  // playwright gives the browser a fresh, empty profile of its own (a new --user-data-dir)
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, timeout: 60000,
    args: CHROMIUM_ARGS
  });
  try {
    const page = await browser.newPage({viewport: {width: 1366, height: 900}});
    page.setDefaultTimeout(30000);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await page.goto(`${BASE}/`);
    assert.equal(await page.title(), 'Nutgraf: summarise an article');
    assert.equal(await page.getAttribute('a[href="/q/swagger-ui"] >> nth=0', 'href'), '/q/swagger-ui');

    // every control has a label
    const unlabelled = await page.$$eval('input, select, textarea, button', (els) => els
      .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !(e.textContent || '').trim())
      .map((e) => e.id || e.outerHTML));
    assert.deepEqual(unlabelled, [], 'controls without a label');

    // an empty article is refused on the page, with the reason shown
    await page.click('#summarise-button');
    await page.waitForSelector('#error:not([hidden])');

    // paste, choose 4 sentences with the keyboard, summarise
    await page.fill('#article-input', pasted);
    await page.check('#length-sentences');
    await page.fill('#sentences-input', '4');
    await page.focus('#summarise-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#output:not([hidden]) mark.summary');
    assert.equal(await page.isHidden('#error'), true, 'an error is shown: ' + await page.textContent('#error'));

    // the highlighted sentences are the API's summary, in order, each once
    const marked = await page.$$eval('#article-view mark.summary',
      (ms) => ms.map((m) => ({index: Number(m.dataset.index), text: m.textContent})));
    assert.deepEqual(marked.map((m) => m.text), expected, 'highlighted sentences differ from the API summary');
    assert.deepEqual(marked.map((m) => m.index), answer.summary.sentences.map((s) => s.index));
    assert.equal(await page.textContent('#summary-text'), answer.summary.text);
    // the article is shown whole: highlights, clutter and plain text add up to what was pasted
    assert.equal(await page.textContent('#article-view'), pasted);

    // removed clutter is greyed out where the API says
    const removed = await page.$$eval('#article-view .removed', (rs) => rs.map((r) => r.textContent));
    assert.deepEqual(removed, (answer.article.removed || []).map((r) => pasted.slice(r.start, r.end)));

    // keywords
    const keywords = await page.$$eval('#keywords li', (ls) => ls.map((l) => l.textContent));
    assert.deepEqual(keywords, answer.keywords.map((k) => k.text));

    // entities: each the API names, in its order, with its kind
    const entities = await page.$$eval('#entities li', (ls) => ls.map((l) => ({
      text: l.textContent, type: l.dataset.entityType})));
    assert.deepEqual(entities.map((e) => e.type), (answer.entities || []).map((e) => e.type.toLowerCase()));
    assert.deepEqual(entities.map((e) => e.text.slice(0, e.text.lastIndexOf(' ('))),
      (answer.entities || []).map((e) => e.text), 'the page names other entities than the API');
    if ((answer.entities || []).length === 0) {
      assert.equal(await page.isVisible('#entities-empty'), true, 'the "no entities" state is not shown');
    }
    console.log(`page test: ${entities.length} entities listed`);

    // key claims: listed when the API has them (as many as it has), the "no claims" state when it has none
    const claims = answer.keyClaims;
    const listed = await page.$$eval('#claims li[data-claim-type]', (ls) => ls.map((l) => ({
      type: l.dataset.claimType, text: l.querySelector('blockquote').textContent})));
    if (Array.isArray(claims) && claims.length > 0) {
      assert.equal(listed.length, claims.length, 'the page lists a different number of claims than the API has');
      assert.deepEqual(listed.map((c) => c.text), claims.map((c) => c.text));
      assert.deepEqual(listed.map((c) => c.type), claims.map((c) => c.type));
      assert.ok(await page.locator('#article-view mark.claim').count() > 0, 'no claim is marked in the text');
      assert.equal(await page.isHidden('#claims-empty'), true);
      console.log(`page test: ${claims.length} key claims listed`);
    } else {
      assert.equal(listed.length, 0);
      assert.equal(await page.isVisible('#claims-empty'), true, 'the "no claims" state is not shown');
      assert.match(await page.textContent('#claims-empty'), /[Nn]o (key )?claims/);
      console.log(`page test: the API has ${Array.isArray(claims) ? 'no' : 'no keyClaims field, so no'} claims; "no claims" shown`);
    }
    assert.match(await page.textContent('#status'), /Summary ready/);

    // copy summary
    await page.click('#copy-button');
    await page.waitForFunction(() => /copied|blocked/.test(document.getElementById('copy-status').textContent));

    // page.png: the desktop viewport at the results; page-full.png: the whole page
    await page.screenshot({path: join(OUT, 'page-full.png'), fullPage: true});
    await page.locator('#results').evaluate((r) => r.scrollIntoView({block: 'start'}));
    await page.screenshot({path: join(OUT, 'page.png')});
    console.log(`page test: screenshots ${join(OUT, 'page.png')} and page-full.png`);

    assert.deepEqual(problems, [], 'the page reported errors');
    await accessible(page, 'results');

    if (!Array.isArray(claims)) {
      // this Nutgraf has no keyClaims yet: check how the page shows them on its answer with two claims added,
      // in the shape the claims work gives them (signals as a list, or as named values)
      const s0 = answer.summary.sentences[0];
      const s1 = answer.summary.sentences[answer.summary.sentences.length - 1];
      const half = s1.start + Math.floor((s1.end - s1.start) / 2);
      const fake = [
        {text: s0.text, sentenceIndex: s0.index, start: s0.start, end: s0.end, checkWorthiness: 0.87,
          type: 'quantity', speaker: 'the ministry', attribution: 'said', inSummary: true,
          signals: [{kind: 'NUMBER', text: '2022', value: 2022, unit: null, start: s0.start, end: s0.start + 4},
            {kind: 'HEDGE', text: 'often', value: null, unit: null, start: s0.start, end: s0.start + 5}]},
        {text: pasted.slice(s1.start, half), sentenceIndex: s1.index, start: s1.start, end: half,
          checkWorthiness: 0.41, type: 'prediction', inSummary: true, signals: {hedges: 1, future: true}}
      ];
      await page.route('**/api/v1/summaries?**', async (route) => {
        const response = await route.fetch();
        await route.fulfill({response, json: {...(await response.json()), keyClaims: fake}});
      });
      await page.fill('#sentences-input', '4');
      await page.click('#summarise-button');
      await page.waitForSelector('#claims li[data-claim-type]');
      assert.deepEqual(await page.$$eval('#claims li', (ls) => ls.map((l) => l.dataset.claimType)),
        ['quantity', 'prediction']);
      assert.equal(await page.isHidden('#claims-empty'), true);
      assert.deepEqual(await page.$$eval('#article-view mark.claim', (ms) => ms.map((m) => [m.dataset.claimType,
        m.textContent])), fake.map((c) => [c.type, c.text]));
      // claims sit inside the summary marks, which still hold their whole sentences
      assert.deepEqual(await page.$$eval('#article-view mark.summary', (ms) => ms.map((m) => m.textContent)), expected);
      assert.match(await page.textContent('#claims li:first-child'), /the ministry.*said.*number2022 \(2022\)/s);
      await page.click('#claims li:first-child summary');
      await page.click('#claims li:first-child .show-claim');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'claim-0');
      await accessible(page, 'results with claims');
      await page.screenshot({path: join(OUT, 'page-claims.png')});
      console.log(`page test: claims shown as given (answer with 2 claims added): ${join(OUT, 'page-claims.png')}`);
      await page.unroute('**/api/v1/summaries?**');
    }

    // a page's HTML is recognised as such, and the article extracted from it is shown with its highlights
    const html = readFileSync(join(HERE, 'pages/ferry-article.html'), 'utf8');
    const fromHtml = await (await fetch(`${BASE}/api/v1/summaries?sentences=2&include=articleText`, {
      method: 'POST', headers: {'Content-Type': 'text/html; charset=utf-8'}, body: html,
      signal: AbortSignal.timeout(60000)
    })).json();
    await page.fill('#article-input', html);
    await page.fill('#sentences-input', '2');
    await page.click('#summarise-button');
    await page.waitForFunction(() => /Read from\s*HTML page/.test(document.getElementById('article-meta').textContent));
    assert.equal(await page.textContent('#article-view'), fromHtml.article.text);
    assert.deepEqual(await page.$$eval('#article-view mark.summary', (ms) => ms.map((m) => m.textContent)),
      fromHtml.summary.sentences.map((s) => s.text));

    // a problem+json detail is shown as the error: an out-of-range option
    await page.fill('#sentences-input', '0');
    await page.click('#summarise-button');
    await page.waitForSelector('#error:not([hidden])');
    const detail = await page.textContent('#error');
    const bad = await fetch(`${BASE}/api/v1/summaries?sentences=0&include=articleText`, {
      method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'}, body: pasted
    });
    assert.equal(bad.headers.get('content-type').split(';')[0], 'application/problem+json');
    assert.equal(detail, (await bad.json()).detail);
    console.log(`page test: passed (${expected.length} sentences highlighted as the API chose them)`);
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
