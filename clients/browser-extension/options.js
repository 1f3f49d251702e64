// Options: the Nutgraf URL, an optional API key and the summary length, kept in chrome.storage.sync.
'use strict';

const DEFAULTS = {nutgrafUrl: 'http://localhost:8080', apiKey: '', sentences: 3};
const form = document.getElementById('options');
const status = document.getElementById('status');

async function load() {
  const s = await chrome.storage.sync.get(DEFAULTS);
  form.url.value = s.nutgrafUrl;
  form.apiKey.value = s.apiKey;
  form.sentences.value = s.sentences;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  let url;
  try {
    url = new URL(form.url.value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error('not http');
    }
  } catch (e) {
    status.textContent = 'Give an http:// or https:// address.';
    return;
  }
  // the background worker reaches Nutgraf with a host permission, so Nutgraf needs no CORS setting for it
  const origins = [url.origin + '/*'];
  // requested first thing in the handler: Firefox grants only while the click's user gesture lasts; an origin
  // already granted (localhost, 127.0.0.1) is answered true without asking
  let granted;
  try {
    granted = await chrome.permissions.request({origins});
  } catch (e) {
    granted = await chrome.permissions.contains({origins});
  }
  if (!granted) {
    status.textContent = 'Without permission to reach ' + url.origin + ' the extension cannot call Nutgraf.';
    return;
  }
  const sentences = Math.min(20, Math.max(1, parseInt(form.sentences.value, 10) || 3));
  await chrome.storage.sync.set({nutgrafUrl: url.origin + url.pathname.replace(/\/$/, ''), apiKey: form.apiKey.value,
    sentences});
  status.textContent = 'Saved.';
});

load();
