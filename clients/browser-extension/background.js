// Nutgraf highlighter: the toolbar button sends the page's HTML to Nutgraf and highlights what comes back.
// Runs as Chrome's service worker and as Firefox's background script. Nutgraf is called from here, not from the
// page: the extension's host permission for the Nutgraf URL lets it through without any CORS setting on Nutgraf.
'use strict';

const DEFAULTS = {nutgrafUrl: 'http://localhost:8080', apiKey: '', sentences: 3};
const TIMEOUT_MS = 30000;
const CONTEXT = 32; // characters of prefix and suffix, as Nutgraf's own selectors

/** Summarises the page in a tab and highlights it; what the toolbar button does. Returns what was found. */
async function summarizeTab(tab) {
  const tabId = tab.id;
  await setBadge(tabId, '…', '#4a5560');
  try {
    const [{result: html}] = await chrome.scripting.executeScript({
      target: {tabId}, func: () => document.documentElement.outerHTML
    });
    const answer = await callNutgraf(html);
    const [{result}] = await chrome.scripting.executeScript({
      target: {tabId}, func: highlightQuotes, args: [quotesOf(answer), answer.summary ? answer.summary.text : '',
        namesOf(answer)]
    });
    await setBadge(tabId, String(result.sentences), '#0b4fb3');
    return result;
  } catch (e) {
    await setBadge(tabId, '!', '#b91c1c');
    try {
      await chrome.scripting.executeScript({target: {tabId}, func: showProblem, args: [e.message]});
    } catch (ignored) {
      // a page scripts may not run in (the browser's own pages): the badge says it
    }
    return {error: e.message};
  }
}

/** POST the page to Nutgraf as text/html; the answer, or an Error with the problem's detail. */
async function callNutgraf(html) {
  const s = await chrome.storage.sync.get(DEFAULTS);
  const url = new URL('api/v1/summaries', s.nutgrafUrl.replace(/\/?$/, '/'));
  url.searchParams.set('sentences', String(s.sentences || 3));
  url.searchParams.set('include', 'articleText');
  const headers = {'Content-Type': 'text/html; charset=utf-8', 'Accept': 'application/json'};
  if (s.apiKey) {
    headers['X-API-Key'] = s.apiKey;
  }
  let response;
  try {
    response = await fetch(url, {method: 'POST', headers, body: html, signal: AbortSignal.timeout(TIMEOUT_MS)});
  } catch (e) {
    throw new Error(`Nutgraf at ${s.nutgrafUrl} could not be reached (${e.message})`);
  }
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).detail || '';
    } catch (ignored) {
      // not problem+json
    }
    throw new Error(`Nutgraf answered ${response.status}${detail ? ': ' + detail : ''}`);
  }
  return response.json();
}

/** TextQuoteSelectors for the summary sentences and the key claims (the latter made from article.text). */
function quotesOf(answer) {
  const quotes = [];
  for (const s of (answer.summary && answer.summary.sentences) || []) {
    const sel = s.selector || {exact: s.text, prefix: '', suffix: ''};
    quotes.push({kind: 'summary', index: s.index, exact: sel.exact, prefix: sel.prefix || '', suffix: sel.suffix || ''});
  }
  const text = answer.article && answer.article.text;
  (answer.keyClaims || []).forEach((c, i) => {
    let sel = c.selector;
    if (!sel && typeof text === 'string' && Number.isInteger(c.start) && Number.isInteger(c.end)) {
      sel = {exact: text.slice(c.start, c.end), prefix: text.slice(Math.max(0, c.start - CONTEXT), c.start),
        suffix: text.slice(c.end, c.end + CONTEXT)};
    }
    sel = sel || {exact: c.text, prefix: '', suffix: ''};
    quotes.push({kind: 'claim', index: i, type: c.type || 'other', exact: sel.exact, prefix: sel.prefix || '',
      suffix: sel.suffix || '', speaker: c.speaker || '', checkWorthiness: c.checkWorthiness});
  });
  return quotes;
}

/** The people, organisations and places the answer names, most often named first, as "Name (kind)". */
function namesOf(answer) {
  return (answer.entities || []).map((e) => `${e.text} (${String(e.type || '').toLowerCase()})`);
}

async function setBadge(tabId, text, color) {
  try {
    await chrome.action.setBadgeBackgroundColor({tabId, color});
    await chrome.action.setBadgeText({tabId, text});
  } catch (ignored) {
    // the tab has gone
  }
}

/**
 * Runs in the page: finds each quote in the page's text nodes, whitespace ignored, the occurrence whose
 * surroundings best match prefix and suffix, and wraps it in <mark data-nutgraf="summary|claim">. Self-contained:
 * chrome.scripting serialises it.
 */
function highlightQuotes(quotes, summaryText, names) {
  const COLORS = {quantity: '#0b57d0', prediction: '#7b1fa2', causal: '#b3400a', rule: '#046c4e',
    'personal-experience': '#b91c1c', other: '#4b5563'};
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
  const IGNORABLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

  // earlier highlights and panel go first
  for (const m of document.querySelectorAll('mark[data-nutgraf]')) {
    const parent = m.parentNode;
    m.replaceWith(...m.childNodes);
    parent.normalize();
  }
  const old = document.getElementById('nutgraf-panel');
  if (old) {
    old.remove();
  }

  /** The page's text as its non-ignorable characters, each with its text node and offset. */
  function index() {
    const nodes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode(n) {
        for (let p = n.parentElement; p; p = p.parentElement) {
          if (SKIP.has(p.tagName) || p.id === 'nutgraf-panel') {
            return NodeFilter.FILTER_REJECT;
          }
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    let chars = '';
    const where = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.data;
      for (let i = 0; i < t.length; i++) {
        if (!IGNORABLE.test(t[i])) {
          chars += t[i];
          where.push([nodes.length, i]);
        }
      }
      nodes.push(n);
    }
    return {chars, where, nodes};
  }

  const squeeze = (s) => Array.from(s || '').filter((c) => !IGNORABLE.test(c)).join('');

  /** [first, last] character positions in idx.chars of the best occurrence of the quote, or null. */
  function locate(idx, q) {
    const exact = squeeze(q.exact);
    if (!exact) {
      return null;
    }
    const prefix = squeeze(q.prefix);
    const suffix = squeeze(q.suffix);
    let best = null;
    let bestScore = -1;
    for (let at = idx.chars.indexOf(exact); at >= 0; at = idx.chars.indexOf(exact, at + 1)) {
      let score = 0;
      while (score < prefix.length && idx.chars[at - 1 - score] === prefix[prefix.length - 1 - score]) {
        score++;
      }
      let s = 0;
      const end = at + exact.length;
      while (s < suffix.length && idx.chars[end + s] === suffix[s]) {
        s++;
      }
      score += s;
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    return best === null ? null : [best, best + exact.length - 1];
  }

  /** Wraps the characters first..last (positions in idx.chars) in marks, one per text node crossed. */
  function wrap(idx, first, last, q) {
    const [n0, o0] = idx.where[first];
    const [n1, o1] = idx.where[last];
    const marks = [];
    for (let n = n0; n <= n1; n++) {
      let node = idx.nodes[n];
      const from = n === n0 ? o0 : 0;
      const to = n === n1 ? o1 + 1 : node.data.length;
      if (!squeeze(node.data.slice(from, to))) {
        continue; // whitespace between blocks: no mark where markup may not take one
      }
      if (to < node.data.length) {
        node.splitText(to);
      }
      if (from > 0) {
        node = node.splitText(from);
      }
      const mark = document.createElement('mark');
      mark.dataset.nutgraf = q.kind;
      mark.dataset.nutgrafIndex = String(q.index);
      mark.style.color = 'inherit';
      if (q.kind === 'summary') {
        mark.style.backgroundColor = '#ffe07a';
        mark.title = 'Nutgraf: summary sentence';
      } else {
        const type = COLORS[q.type] ? q.type : 'other';
        mark.dataset.claimType = type;
        mark.style.backgroundColor = 'transparent';
        mark.style.borderBottom = '3px solid ' + COLORS[type];
        mark.title = `Nutgraf: key claim (${type})${q.speaker ? ', ' + q.speaker : ''}`;
      }
      node.replaceWith(mark);
      mark.append(node);
      marks.push(mark);
    }
    return marks;
  }

  const missing = [];
  let sentences = 0;
  let claims = 0;
  // sentences first, then claims (marked inside the sentence marks when they fall in one)
  for (const q of quotes) {
    const idx = index();
    const range = locate(idx, q);
    if (!range) {
      missing.push(q.exact);
      continue;
    }
    if (wrap(idx, range[0], range[1], q).length) {
      if (q.kind === 'summary') {
        sentences++;
      } else {
        claims++;
      }
    }
  }

  // a small panel with the summary, closable, announced politely
  const panel = document.createElement('aside');
  panel.id = 'nutgraf-panel';
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Nutgraf summary');
  panel.setAttribute('aria-live', 'polite');
  Object.assign(panel.style, {
    position: 'fixed', top: '12px', right: '12px', zIndex: '2147483647', maxWidth: '360px', maxHeight: '70vh',
    overflow: 'auto', background: '#ffffff', color: '#1b1f24', border: '2px solid #102a43', borderRadius: '6px',
    padding: '10px 14px', font: '14px/1.45 system-ui, sans-serif', boxShadow: '0 4px 16px rgba(0,0,0,.25)'
  });
  const title = document.createElement('strong');
  title.textContent = 'Nutgraf summary';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  Object.assign(close.style, {float: 'right', font: 'inherit', cursor: 'pointer'});
  close.addEventListener('click', () => panel.remove());
  const body = document.createElement('p');
  body.style.margin = '6px 0';
  body.textContent = summaryText || 'No sentence fits.';
  const counts = document.createElement('p');
  counts.style.margin = '0';
  counts.style.color = '#4a5560';
  counts.textContent = `${sentences} sentence${sentences === 1 ? '' : 's'} and ${claims} key claim${claims === 1 ? '' : 's'} highlighted`
    + (missing.length ? `; ${missing.length} not found in the page` : '') + '.';
  panel.append(close, title, body, counts);
  if (names && names.length) {
    const named = document.createElement('p');
    named.className = 'nutgraf-names';
    named.style.margin = '6px 0 0';
    named.textContent = 'Names: ' + names.join(', ') + '.';
    panel.append(named);
  }
  document.body.append(panel);
  return {sentences, claims, missing};
}

/** Runs in the page: shows why summarising failed. */
function showProblem(message) {
  const old = document.getElementById('nutgraf-panel');
  if (old) {
    old.remove();
  }
  const panel = document.createElement('aside');
  panel.id = 'nutgraf-panel';
  panel.setAttribute('role', 'alert');
  Object.assign(panel.style, {
    position: 'fixed', top: '12px', right: '12px', zIndex: '2147483647', maxWidth: '360px', background: '#fdecec',
    color: '#7f1010', border: '2px solid #b91c1c', borderRadius: '6px', padding: '10px 14px',
    font: '14px/1.45 system-ui, sans-serif'
  });
  panel.textContent = 'Nutgraf: ' + message;
  panel.addEventListener('click', () => panel.remove());
  document.body.append(panel);
}

chrome.action.onClicked.addListener(summarizeTab);
// the test (and the console) can call it directly
globalThis.summarizeTab = summarizeTab;
