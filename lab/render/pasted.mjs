// What a reader gets who opens a page in a browser, presses select-all and copies: the selection's text, as Chromium
// serialises it (visible text in reading order, a line break per block). For the lab's pasted-text benchmark
// (lab/run extract-eval wcxb-pasted), run by it; alone:
//   node lab/render/pasted.mjs IN_DIR OUT_DIR
// reads every IN_DIR/<id>.html.gz (or <id>.html) and writes OUT_DIR/<id>.txt, skipping ids already written.
// Offline and deterministic: every request but the page itself is refused, JavaScript is off (the saved pages' scripts
// would run without their servers), one desktop viewport. Chromium decodes the page by its own charset rules.
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gunzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: node pasted.mjs IN_DIR OUT_DIR');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];
const PAGE_TIMEOUT_MS = 20000;

mkdirSync(outDir, {recursive: true});
const todo = readdirSync(inDir).filter((f) => /\.html(\.gz)?$/.test(f)).sort()
  .map((f) => ({file: f, id: f.replace(/\.html(\.gz)?$/, '')}))
  .filter(({id}) => !existsSync(join(outDir, id + '.txt')));
const scratch = mkdtempSync(join(tmpdir(), 'nutgraf-render-'));
const browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS});
const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}});
let failed = 0;

async function render({file, id}) {
  const bytes = readFileSync(join(inDir, file));
  const local = join(scratch, id + '.html');
  writeFileSync(local, file.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  const url = pathToFileURL(local).href;
  const page = await context.newPage();
  try {
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, {waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS});
    // evaluate runs in Playwright's own world, so it works with the page's scripts off
    // a page that forbids selecting (user-select: none) copies as its rendered text, as a reader's tool would
    const text = await page.evaluate(() => {
      const root = document.body || document.documentElement;
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.selectAllChildren(root);
      const copied = selection.toString();
      const rendered = root.innerText || '';
      return copied.length * 2 < rendered.length ? rendered : copied;
    });
    writeFileSync(join(outDir, id + '.txt'), text);
  } catch (e) {
    failed++;
    console.error(`${id}: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close();
    rmSync(local, {force: true});
  }
}

const started = Date.now();
const queue = [...todo];
await Promise.all([0, 1].map(async () => {
  for (let next = queue.shift(); next; next = queue.shift()) {
    await render(next);
  }
}));
await browser.close();
rmSync(scratch, {recursive: true, force: true});
console.log(`rendered ${todo.length - failed} of ${todo.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s `
  + `(${browser.version()}), into ${outDir}`);
process.exit(failed > 0 && failed === todo.length ? 1 : 0);
