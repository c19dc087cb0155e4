// The search page: state in the URL, search as you type, facets, histogram, paging, story view.

import { ApiError, getJson, storyPath } from './api.js';
import { el } from './dom.js';
import { createFacets } from './facets.js';
import { createHistogram } from './histogram.js';
import { hitItem, storyNodes } from './hits.js';
import { PAGE_SIZE, readState, searchParams, stateUrl, withChange } from './state.js';
import { createSuggest } from './suggest.js';

const TYPING_DELAY_MS = 40;
const HEALTH_POLL_MS = 15000;
const OVERLOAD_TRIES = 3;
const $ = (id) => document.getElementById(id);

const input = $('q');
const main = $('main');
let state = readState(location.search);
// Bumped by every search or story view asked for: an answer to an older one is dropped.
let searchSeq = 0;
let searching = null;
let searchAgain = false;
let suggestSeq = 0;
let typingTimer = 0;
// Whether the current history entry was made by typing: further keystrokes replace it instead of adding entries.
let typingEntry = false;
// When the keystroke that started the pending search happened, for the keystroke-to-results measure.
let keystrokeAt = null;
let returnTo = '';

const suggest = createSuggest(input, $('suggestions'), pickSuggestion);
const facets = createFacets($('facets'), (dimension, value, checked) => {
  const values = checked ? [...state[dimension], value] : state[dimension].filter((v) => v !== value);
  navigate(withChange(state, { [dimension]: values }));
});
const histogram = createHistogram($('histogram'), $('hist-from'), $('hist-to'),
  (since, until) => navigate(withChange(state, { since, until })));

function storyHref(id) {
  return stateUrl({ ...state, story: id });
}

/** Makes newState current: a new history entry (or the typing entry replaced) and the page shown for it. */
function navigate(newState, { replace = false } = {}) {
  state = newState;
  if (replace) history.replaceState(null, '', stateUrl(state));
  else history.pushState(null, '', stateUrl(state));
  typingEntry = false;
  show();
}

function syncControls() {
  if (input.value !== state.q) input.value = state.q;
  $('sort').value = state.sort;
  $('since').value = state.since;
  $('until').value = state.until;
  $('clear-dates').hidden = !state.since && !state.until;
}

function show() {
  syncControls();
  const reading = Boolean(state.story);
  $('search-view').hidden = reading;
  $('filters').hidden = reading;
  $('layout').classList.toggle('reading', reading);
  $('story').hidden = !reading;
  return reading ? showStory(state.story) : search();
}

function setStatus(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

/**
 * Searches for the current state. One search at a time: the server finishes a search even when the page stops
 * waiting for it, so asking again while one runs (as typing does every few keystrokes) only queues work on the
 * server, and on a large archive the queue got answers of 503 "overloaded". A state asked for meanwhile is searched
 * as soon as the running search ends; the answer to the older one is dropped.
 */
function search() {
  const seq = ++searchSeq;
  if (searching) {
    searchAgain = true;
    return searching;
  }
  searching = (async () => {
    let next = seq;
    do {
      searchAgain = false;
      await runSearch(next);
      next = searchSeq;
    } while (searchAgain);
  })().finally(() => { searching = null; });
  return searching;
}

async function runSearch(seq) {
  const startedAt = keystrokeAt;
  keystrokeAt = null;
  main.setAttribute('aria-busy', 'true');
  try {
    const results = await searchOnce(seq);
    // A slower answer to an older request must not overwrite a newer one.
    if (seq !== searchSeq) return;
    renderResults(results);
    if (startedAt !== null) {
      requestAnimationFrame(() => performance.measure('keystroke-to-results', { start: startedAt, end: performance.now() }));
    }
  } catch (error) {
    if (seq !== searchSeq) return;
    $('results').replaceChildren();
    $('pager').hidden = true;
    setStatus(error instanceof ApiError ? error.message : 'The server could not be reached.', true);
  } finally {
    if (seq === searchSeq) main.setAttribute('aria-busy', 'false');
  }
}

/** The answer to the current state's search; an "overloaded" answer is retried after the wait the server asks. */
async function searchOnce(seq) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getJson('/api/search', searchParams(state));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'overloaded' || attempt === OVERLOAD_TRIES || seq !== searchSeq) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs));
    }
  }
}

// Which state the page shows, so that a test or a script can wait for the answer to what was asked.
function markShown() {
  main.dataset.shown = stateUrl(state);
}

function renderNotice(results) {
  const notice = $('notice');
  const parts = [];
  if (results.corrected) {
    parts.push('No stories matched ', el('strong', {}, results.query), ', so ', el('strong', {}, results.searched_query),
      ' was searched instead. ', el('a', { href: stateUrl(withChange(state, { fix: false })) }, 'Search only for what was typed'));
  } else if (results.did_you_mean) {
    parts.push('Did you mean ', el('a', { href: stateUrl(withChange(state, { q: results.did_you_mean, fix: true })),
      class: 'did-you-mean' }, results.did_you_mean), '?');
  }
  notice.replaceChildren(...parts);
  notice.hidden = !parts.length;
}

function renderResults(results) {
  const from = state.after.length * PAGE_SIZE;
  setStatus(results.total === 0 ? 'No stories match.'
    : `${from + 1}–${from + results.hits.length} of ${results.total} ${results.total === 1 ? 'story' : 'stories'} (${results.took_ms} ms)`);
  renderNotice(results);
  $('results').replaceChildren(...results.hits.map((hit) => hitItem(hit, storyHref(hit.id))));
  $('prev').disabled = !state.after.length;
  $('next').disabled = !results.next_after;
  $('next').dataset.token = results.next_after;
  $('page-no').textContent = `Page ${state.after.length + 1}`;
  $('pager').hidden = !state.after.length && !results.next_after;
  facets.update(results.facets, state);
  histogram.render(results.histogram || []);
  document.title = state.q ? `${state.q} – storysearch` : 'storysearch';
  markShown();
  if (returnTo) {
    const link = [...document.querySelectorAll('#results .hit-link')].find((a) => a.dataset.id === returnTo);
    returnTo = '';
    if (link) link.focus();
  }
}

async function showStory(id) {
  const seq = ++searchSeq;
  searchAgain = false;
  const article = $('story');
  main.setAttribute('aria-busy', 'true');
  try {
    const [story, similar] = await Promise.all([getJson(storyPath('/api/stories', id)),
      getJson(storyPath('/api/similar', id), { limit: 5 })]);
    if (seq !== searchSeq) return;
    article.replaceChildren(...storyNodes(story, similar.hits, stateUrl({ ...state, story: '' }), storyHref).filter(Boolean));
    document.title = `${story.title} – storysearch`;
    $('story-title').focus();
    returnTo = id;
    markShown();
  } catch (error) {
    if (seq !== searchSeq) return;
    article.replaceChildren(el('p', {}, el('a', { href: stateUrl({ ...state, story: '' }), class: 'back' }, '← Back to results')),
      el('p', { class: 'error', role: 'alert' }, error instanceof ApiError ? error.message : 'The server could not be reached.'));
  } finally {
    if (seq === searchSeq) main.setAttribute('aria-busy', 'false');
  }
}

async function updateSuggestions(text) {
  const seq = ++suggestSeq;
  if (!text.trim()) {
    suggest.close();
    return;
  }
  try {
    const suggestions = await getJson('/api/suggest', { q: text });
    if (seq === suggestSeq && document.activeElement === input && input.value === text) suggest.show(suggestions);
  } catch {
    if (seq === suggestSeq) suggest.close();
  }
}

/** A title completion becomes the query; a tag or author completion becomes that filter. */
function pickSuggestion(item) {
  clearTimeout(typingTimer);
  suggestSeq++;
  keystrokeAt = null;
  if (item.kind === 'tag' || item.kind === 'author') {
    const values = state[item.kind].includes(item.text) ? state[item.kind] : [...state[item.kind], item.text];
    navigate(withChange(state, { q: '', [item.kind]: values }), { replace: typingEntry });
  } else {
    navigate(withChange(state, { q: item.text }), { replace: typingEntry });
  }
}

input.addEventListener('input', () => {
  keystrokeAt = performance.now();
  state = withChange(state, { q: input.value, fix: true });
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    // The URL follows once per search, not per keystroke (browsers throttle pages that rewrite history fast).
    if (typingEntry) history.replaceState(null, '', stateUrl(state));
    else history.pushState(null, '', stateUrl(state));
    typingEntry = true;
    // Completions are asked for once the search has its answer, so they never compete with it for the server.
    const text = input.value;
    show().then(() => updateSuggestions(text));
  }, TYPING_DELAY_MS);
});

input.addEventListener('keydown', (event) => {
  if (suggest.handleKey(event)) {
    event.preventDefault();
  } else if (event.key === 'ArrowDown') {
    const first = document.querySelector('#results .hit-link');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  suggest.close();
  navigate(withChange(state, { q: input.value }), { replace: typingEntry });
});

$('results').addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll('#results .hit-link')];
  const index = links.indexOf(document.activeElement.closest('.hit')?.querySelector('.hit-link'));
  if (index < 0) return;
  event.preventDefault();
  const next = index + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) input.focus();
  else if (next < links.length) links[next].focus();
});

$('sort').addEventListener('change', (event) => navigate(withChange(state, { sort: event.target.value })));
$('since').addEventListener('change', (event) => navigate(withChange(state, { since: event.target.value })));
$('until').addEventListener('change', (event) => navigate(withChange(state, { until: event.target.value })));
$('clear-dates').addEventListener('click', () => navigate(withChange(state, { since: '', until: '' })));
$('next').addEventListener('click', (event) => {
  navigate({ ...state, after: [...state.after, event.target.dataset.token] });
  $('results').focus();
});
$('prev').addEventListener('click', () => {
  navigate({ ...state, after: state.after.slice(0, -1) });
  $('results').focus();
});

// Links inside the page ("?..." hrefs) change the state without a reload; modified clicks open tabs as usual.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="?"], a.brand');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(readState(new URL(link.href).search));
});

document.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

window.addEventListener('popstate', () => {
  state = readState(location.search);
  typingEntry = false;
  clearTimeout(typingTimer);
  suggest.close();
  show();
});

async function showIndexInfo() {
  try {
    const health = await getJson('/health');
    const changed = new Date(health.committed_at);
    $('index-info').textContent = `${health.stories} stories · index last changed ${changed.toLocaleString()}`
      + (health.watching ? ' · following the corpus' : '');
  } catch {
    $('index-info').textContent = 'The index is unavailable.';
  }
}

if (matchMedia('(max-width: 720px)').matches) $('filters').open = false;
show();
showIndexInfo();
setInterval(() => { if (!document.hidden) showIndexInfo(); }, HEALTH_POLL_MS);
