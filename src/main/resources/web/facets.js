// Facet panels (domain, author, tag, language): multi-select checkboxes with the API's drill-sideways counts, and a
// filter box that asks /api/facets/{dimension}?prefix= for values beyond the top ones.

import { getJson } from './api.js';
import { el } from './dom.js';
import { DIMENSIONS, FACET_SIZE } from './state.js';

const NAMES = { domain: ['Domain', 'domains'], author: ['Author', 'authors'], tag: ['Tag', 'tags'],
  lang: ['Language', 'languages'] };
const FILTER_DELAY_MS = 80;

/** Builds the panels in container; onToggle(dimension, value, checked) is called when a box changes. */
export function createFacets(container, onToggle) {
  const panels = {};
  let lastFacets = {};
  let selected = { domain: [], author: [], tag: [], lang: [] };
  let query = '';

  function renderList(dimension, values) {
    const panel = panels[dimension];
    const shown = new Map(values.map((item) => [item.value, item.count]));
    // A selected value stays visible (and ticked) even when it is not among the top values.
    const rows = [...selected[dimension].filter((value) => !shown.has(value)).map((value) => [value, null]), ...shown];
    const focused = document.activeElement && panel.list.contains(document.activeElement)
      ? document.activeElement.value : null;
    panel.list.replaceChildren(...rows.map(([value, count], index) => {
      const id = `facet-${dimension}-${index}`;
      const box = el('input', { type: 'checkbox', id, value, checked: selected[dimension].includes(value),
        onchange: (event) => onToggle(dimension, value, event.target.checked) });
      return el('li', {}, box, el('label', { for: id }, el('span', { class: 'value' }, value),
        el('span', { class: 'count' }, count === null ? '' : String(count))));
    }));
    panel.empty.hidden = rows.length > 0;
    if (focused !== null) {
      const again = [...panel.list.querySelectorAll('input')].find((box) => box.value === focused);
      if (again) again.focus();
    }
  }

  async function filterValues(dimension) {
    const panel = panels[dimension];
    const prefix = panel.filter.value.trim();
    const seq = ++panel.seq;
    if (!prefix) {
      renderList(dimension, lastFacets[dimension] || []);
      return;
    }
    try {
      const page = await getJson(`/api/facets/${dimension}`, { prefix, q: query, limit: 20 });
      if (seq === panel.seq) renderList(dimension, page.values);
    } catch {
      if (seq === panel.seq) renderList(dimension, []);
    }
  }

  for (const dimension of DIMENSIONS) {
    const [title, plural] = NAMES[dimension];
    const filterId = `facet-filter-${dimension}`;
    let timer = 0;
    const filter = el('input', { type: 'search', id: filterId, class: 'facet-filter', autocomplete: 'off',
      placeholder: `Filter ${plural}`, hidden: true,
      oninput: () => { clearTimeout(timer); timer = setTimeout(() => filterValues(dimension), FILTER_DELAY_MS); } });
    const list = el('ul', { class: 'facet-values' });
    const empty = el('p', { class: 'hint' }, `No ${plural}.`);
    const fieldset = el('fieldset', { class: 'panel facet', 'data-dimension': dimension },
      el('legend', {}, title),
      el('label', { for: filterId, class: 'visually-hidden' }, `Filter ${plural}`), filter,
      list, empty);
    panels[dimension] = { fieldset, filter, list, empty, seq: 0 };
    container.append(fieldset);
  }

  return {
    /** Shows the facets of a search answer for the given state. */
    update(facets, state) {
      lastFacets = facets;
      selected = { domain: state.domain, author: state.author, tag: state.tag, lang: state.lang };
      query = state.q;
      for (const dimension of DIMENSIONS) {
        const values = facets[dimension] || [];
        const panel = panels[dimension];
        // Only a list cut at the requested size can have more values to look for.
        panel.filter.hidden = values.length < FACET_SIZE && !panel.filter.value;
        if (panel.filter.value.trim()) filterValues(dimension);
        else renderList(dimension, values);
      }
    },
  };
}
