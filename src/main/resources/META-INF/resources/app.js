// Nutgraf's page at /: sends the article to POST /api/v1/summaries and shows the answer in place.
// Plain script, no build step, no third-party code; all markup is built with DOM methods (never innerHTML), so
// article text is never read as markup.
'use strict';

(function () {
  const API = 'api/v1/summaries';
  const TIMEOUT_MS = 60000;
  const CLAIM_TYPES = ['quantity', 'prediction', 'causal', 'rule', 'personal-experience', 'other'];

  const $ = (id) => document.getElementById(id);
  const form = $('summarise-form');
  const input = $('article-input');
  const fileInput = $('file-input');
  const formatSelect = $('format-select');
  const button = $('summarise-button');
  const statusBox = $('status');
  const errorBox = $('error');
  const output = $('output');
  const results = $('results');
  let lastSummary = '';

  /** Whether the text looks like a page's HTML rather than pasted text. */
  function looksLikeHtml(text) {
    const t = text.trimStart();
    return t.startsWith('<') && /<(!doctype|html|head|body|article|main|div|p|section)[\s>]/i.test(t);
  }

  function chosenFormat(text) {
    const f = formatSelect.value;
    return f === 'auto' ? (looksLikeHtml(text) ? 'html' : 'text') : f;
  }

  /** The query string for the chosen length and algorithm. */
  function queryFor() {
    const q = new URLSearchParams();
    const length = form.querySelector('input[name="length"]:checked').value;
    if (length === 'sentences') {
      q.set('sentences', $('sentences-input').value || '3');
    } else if (length === 'words') {
      q.set('maxWords', $('words-input').value || '60');
    } else {
      q.set('preset', $('preset-select').value);
    }
    const algorithm = $('algorithm-select').value;
    if (algorithm && algorithm !== 'news') {
      q.set('algorithm', algorithm);
    }
    q.set('include', 'articleText');
    return q;
  }

  /** The detail of a problem+json answer, or a description of what went wrong. */
  async function problemOf(response) {
    let detail = '';
    try {
      const body = await response.json();
      detail = body.detail || body.title || '';
    } catch (e) {
      // not JSON: fall through to the status line
    }
    return detail || (response.status + ' ' + (response.statusText || 'error'));
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    statusBox.textContent = 'The article could not be summarised.';
  }

  function clearError() {
    errorBox.hidden = true;
    errorBox.textContent = '';
  }

  async function summarise(event) {
    event.preventDefault();
    clearError();
    const text = input.value;
    if (!text.trim()) {
      showError('Paste an article or open a file first.');
      input.focus();
      return;
    }
    const format = chosenFormat(text);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    button.disabled = true;
    results.setAttribute('aria-busy', 'true');
    statusBox.textContent = 'Summarising…';
    try {
      const response = await fetch(API + '?' + queryFor().toString(), {
        method: 'POST',
        headers: {
          'Content-Type': (format === 'html' ? 'text/html' : 'text/plain') + '; charset=utf-8',
          'Accept': 'application/json'
        },
        body: text,
        signal: controller.signal
      });
      if (!response.ok) {
        showError(await problemOf(response));
        return;
      }
      render(await response.json(), text, format);
    } catch (e) {
      showError(e.name === 'AbortError' ? 'Nutgraf did not answer within ' + TIMEOUT_MS / 1000 + ' seconds.'
        : 'Nutgraf could not be reached: ' + e.message);
    } finally {
      clearTimeout(timer);
      button.disabled = false;
      results.removeAttribute('aria-busy');
    }
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null) {
        node.setAttribute(k, String(v));
      }
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function fmt(n) {
    return typeof n === 'number' ? String(Number(n.toFixed(2))) : String(n);
  }

  function render(answer, sent, format) {
    const summary = answer.summary || {sentences: [], text: ''};
    const article = answer.article || {};
    const claims = Array.isArray(answer.keyClaims) ? answer.keyClaims : null;
    lastSummary = summary.text || '';

    $('summary-text').textContent = lastSummary || 'No sentence fits the chosen length.';
    $('copy-status').textContent = '';
    const s = answer.stats || {};
    $('stats').textContent = [
      s.summarySentences !== undefined ? `${s.summarySentences} of ${s.sentences} sentences` : null,
      s.summaryWords !== undefined ? `${s.summaryWords} of ${s.words} words` : null,
      s.readingTimeMinutes !== undefined ? `article: ${fmt(s.readingTimeMinutes)} min to read` : null,
      answer.meta && answer.meta.algorithm ? `algorithm: ${answer.meta.algorithm}` : null
    ].filter(Boolean).join(' · ');

    const keywords = $('keywords');
    keywords.replaceChildren();
    for (const k of answer.keywords || []) {
      keywords.append(el('li', {title: `score ${fmt(k.score)}, ${k.count}×`}, typeof k === 'string' ? k : k.text));
    }

    renderEntities(answer.entities, answer.meta);
    renderMeta(article);
    const text = typeof article.text === 'string' ? article.text : (format === 'text' ? sent : null);
    renderArticle(text, summary.sentences || [], article.source === 'html' ? [] : (article.removed || []),
      claims || []);
    renderClaims(claims);

    output.hidden = false;
    const n = (summary.sentences || []).length;
    statusBox.textContent = `Summary ready: ${n} sentence${n === 1 ? '' : 's'}`
      + (claims ? `, ${claims.length} key claim${claims.length === 1 ? '' : 's'}.` : '.');
  }

  /** The entities the article names, each with its kind and how often it is named; or why there are none. */
  function renderEntities(entities, meta) {
    const list = $('entities');
    const empty = $('entities-empty');
    list.replaceChildren();
    if (!Array.isArray(entities) || entities.length === 0) {
      const notOffered = meta && Array.isArray(meta.notOffered) && meta.notOffered.includes('entities');
      empty.textContent = notOffered ? 'Entities are found in English articles only.'
        : Array.isArray(entities) ? 'No person, organisation or place found.' : 'This answer lists no entities.';
      empty.hidden = false;
      return;
    }
    empty.hidden = true;
    for (const e of entities) {
      const kind = String(e.type || '').toLowerCase();
      list.append(el('li', {'data-entity-type': kind, title: `${kind}, named ${e.count}×`},
        `${e.text} (${kind}${e.count > 1 ? ', ' + e.count + '×' : ''})`));
    }
  }

  function renderMeta(article) {
    const meta = $('article-meta');
    meta.replaceChildren();
    for (const [label, value] of [['Headline', article.title], ['Byline', article.byline],
      ['Published', article.published], ['Read from', article.source === 'html' ? 'HTML page' : 'pasted text']]) {
      if (value) {
        meta.append(el('dt', {}, label), el('dd', {}, value));
      }
    }
  }

  /**
   * The article with summary sentences (mark.summary) and page clutter (span.removed) in place, key claims
   * (mark.claim) inside them. Offsets are UTF-16 code units, as JavaScript strings count.
   */
  function renderArticle(text, sentences, removed, claims) {
    const view = $('article-view');
    view.replaceChildren();
    if (text === null) {
      view.append(el('p', {class: 'hint'}, 'This Nutgraf did not return the article text.'));
      return;
    }
    const outer = [];
    for (const s of sentences) {
      outer.push({start: s.start, end: s.end, kind: 'summary', item: s});
    }
    for (const r of removed) {
      outer.push({start: r.start, end: r.end, kind: 'removed', item: r});
    }
    outer.sort((a, b) => a.start - b.start || b.end - a.end);
    const inner = claims
      .map((c, i) => ({start: c.start, end: c.end, index: i, item: c}))
      .filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.end > c.start)
      .sort((a, b) => a.start - b.start);

    let at = 0;
    for (const span of outer) {
      if (span.start < at || span.end > text.length || span.end <= span.start) {
        continue; // overlapping or out of range: shown as plain text
      }
      appendWithClaims(view, text, at, span.start, inner);
      let node;
      if (span.kind === 'summary') {
        node = el('mark', {class: 'summary', 'data-index': span.item.index, id: 'sentence-' + span.item.index,
          title: `Summary sentence ${span.item.rank ? '(rank ' + span.item.rank + ', score ' + fmt(span.item.score) + ')' : ''}`});
      } else {
        node = el('span', {class: 'removed', 'data-reason': span.item.reason, title: 'Left out: ' + span.item.reason});
      }
      appendWithClaims(node, text, span.start, span.end, inner);
      view.append(node);
      at = span.end;
    }
    appendWithClaims(view, text, at, text.length, inner);
  }

  /** text[from, to) into parent, claims inside it wrapped in mark.claim (clipped to the range). */
  function appendWithClaims(parent, text, from, to, claims) {
    let at = from;
    for (const c of claims) {
      const s = Math.max(c.start, at);
      const e = Math.min(c.end, to);
      if (e <= s) {
        continue;
      }
      if (s > at) {
        parent.append(document.createTextNode(text.slice(at, s)));
      }
      const type = CLAIM_TYPES.includes(c.item.type) ? c.item.type : 'other';
      const mark = el('mark', {class: 'claim', 'data-claim-type': type, 'data-claim-index': c.index,
        title: `Key claim (${type})`}, text.slice(s, e));
      if (!document.getElementById('claim-' + c.index)) {
        mark.id = 'claim-' + c.index;
      }
      parent.append(mark);
      at = e;
    }
    if (to > at) {
      parent.append(document.createTextNode(text.slice(at, to)));
    }
  }

  function renderClaims(claims) {
    const list = $('claims');
    const empty = $('claims-empty');
    list.replaceChildren();
    if (!claims || claims.length === 0) {
      empty.textContent = claims ? 'No key claims found in this article.'
        : 'No claims: this Nutgraf does not report key claims.';
      empty.hidden = false;
      return;
    }
    empty.hidden = true;
    claims.forEach((c, i) => {
      const type = CLAIM_TYPES.includes(c.type) ? c.type : 'other';
      const li = el('li', {'data-claim-type': type, 'data-claim-index': i, class: 'claim-item'});
      const head = el('div', {class: 'claim-head'});
      head.append(el('span', {class: 'badge', 'data-claim-type': type}, type.replace('-', ' ')));
      if (typeof c.checkWorthiness === 'number') {
        head.append(el('span', {class: 'worth', title: 'check-worthiness, 0 to 1'}, 'check-worthiness ' + fmt(c.checkWorthiness)));
      }
      if (c.inSummary) {
        head.append(el('span', {class: 'in-summary'}, 'in summary'));
      }
      li.append(head, el('blockquote', {}, c.text));
      const who = [];
      if (c.speaker) {
        who.push(['Speaker', c.speaker]);
      }
      if (c.attribution) {
        who.push(['Attribution', c.attribution]);
      }
      if (who.length) {
        const dl = el('dl', {class: 'claim-who'});
        for (const [k, v] of who) {
          dl.append(el('dt', {}, k), el('dd', {}, typeof v === 'string' ? v : JSON.stringify(v)));
        }
        li.append(dl);
      }
      const signals = signalRows(c.signals);
      if (signals.length) {
        const details = el('details', {class: 'signals'});
        details.append(el('summary', {}, `Signals (${signals.length})`));
        const dl = el('dl', {});
        for (const [k, v] of signals) {
          dl.append(el('dt', {}, k), el('dd', {}, v));
        }
        details.append(dl);
        li.append(details);
      }
      if (Number.isInteger(c.start) && Number.isInteger(c.end)) {
        const show = el('button', {type: 'button', class: 'show-claim', 'data-claim-index': i}, 'Show in text');
        show.addEventListener('click', () => {
          const mark = document.getElementById('claim-' + i);
          if (mark) {
            mark.setAttribute('tabindex', '-1');
            mark.scrollIntoView({block: 'center'});
            mark.focus();
          }
        });
        li.append(show);
      }
      list.append(li);
    });
  }

  /**
   * A claim's signals as [label, value] rows: a list of {kind, text, value, unit} (quantities, dates, entities,
   * hedges...) or an object of named values.
   */
  function signalRows(signals) {
    if (Array.isArray(signals)) {
      return signals.map((g) => {
        if (g === null || typeof g !== 'object') {
          return ['signal', String(g)];
        }
        const extra = g.value !== undefined && g.value !== null
          ? ` (${fmt(g.value)}${g.unit ? ' ' + g.unit : ''})` : '';
        return [String(g.kind || 'signal').toLowerCase(), (g.text || '') + extra];
      });
    }
    if (signals && typeof signals === 'object') {
      return Object.entries(signals).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ')
        : (v !== null && typeof v === 'object' ? JSON.stringify(v) : fmt(v))]);
    }
    return [];
  }

  async function copySummary() {
    const note = $('copy-status');
    if (!lastSummary) {
      note.textContent = 'Nothing to copy.';
      return;
    }
    try {
      await navigator.clipboard.writeText(lastSummary);
      note.textContent = 'Summary copied.';
    } catch (e) {
      // no clipboard permission (plain http, or a headless browser): copy through a selection
      const area = el('textarea', {class: 'visually-hidden', 'aria-hidden': 'true'});
      area.value = lastSummary;
      document.body.append(area);
      area.select();
      const ok = document.execCommand && document.execCommand('copy');
      area.remove();
      note.textContent = ok ? 'Summary copied.' : 'Copying is blocked here: select the summary and copy it.';
    }
  }

  function loadFile(file) {
    if (!file) {
      return;
    }
    if (file.size > 5 * 1024 * 1024) {
      showError('That file is over 5 MB, Nutgraf\'s limit for a page.');
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      input.value = String(reader.result);
      formatSelect.value = /\.html?$/i.test(file.name) || file.type === 'text/html' ? 'html' : 'text';
      statusBox.textContent = `Opened ${file.name}.`;
      clearError();
    };
    reader.onerror = () => showError('The file could not be read.');
    reader.readAsText(file, 'utf-8');
  }

  form.addEventListener('submit', summarise);
  $('copy-button').addEventListener('click', copySummary);
  $('clear-button').addEventListener('click', () => {
    input.value = '';
    output.hidden = true;
    clearError();
    statusBox.textContent = 'Nothing summarised yet.';
    input.focus();
  });
  fileInput.addEventListener('change', () => loadFile(fileInput.files[0]));
  for (const target of [input, form]) {
    target.addEventListener('dragover', (e) => {
      e.preventDefault();
      input.classList.add('dragging');
    });
    target.addEventListener('dragleave', () => input.classList.remove('dragging'));
    target.addEventListener('drop', (e) => {
      e.preventDefault();
      input.classList.remove('dragging');
      if (e.dataTransfer && e.dataTransfer.files.length) {
        loadFile(e.dataTransfer.files[0]);
      }
    });
  }
  // choosing a value selects its length option
  for (const [field, radio] of [['sentences-input', 'length-sentences'], ['words-input', 'length-words'],
    ['preset-select', 'length-preset']]) {
    $(field).addEventListener('focus', () => {
      $(radio).checked = true;
    });
  }
})();
