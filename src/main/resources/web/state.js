// The page state lives in the URL query string, so reload, back/forward and shared links restore it.

export const DIMENSIONS = ['domain', 'author', 'tag', 'lang'];
export const PAGE_SIZE = 10;
export const FACET_SIZE = 10;

/** The state a URL query string describes. */
export function readState(search) {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') || '',
    domain: params.getAll('domain'),
    author: params.getAll('author'),
    tag: params.getAll('tag'),
    lang: params.getAll('lang'),
    since: params.get('since') || '',
    until: params.get('until') || '',
    sort: params.get('sort') || '',
    // The page tokens that led to the current page, oldest first: the last one is sent, dropping it goes back.
    after: params.getAll('after'),
    fix: params.get('fix') !== 'false',
    story: params.get('story') || '',
  };
}

/** The URL query string of a state ("?..." or "?" for the empty state). */
export function stateUrl(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dimension of DIMENSIONS) for (const value of state[dimension]) params.append(dimension, value);
  for (const name of ['since', 'until', 'sort']) if (state[name]) params.set(name, state[name]);
  if (!state.fix) params.set('fix', 'false');
  for (const token of state.after) params.append('after', token);
  if (state.story) params.set('story', state.story);
  return `?${params}`;
}

/** The parameters of /api/search for a state. */
export function searchParams(state) {
  return {
    q: state.q,
    domain: state.domain,
    author: state.author,
    tag: state.tag,
    lang: state.lang,
    since: state.since,
    until: state.until,
    sort: state.sort,
    after: state.after.length ? state.after[state.after.length - 1] : '',
    limit: PAGE_SIZE,
    facets: FACET_SIZE,
    by: 'month',
    fix: state.fix ? '' : 'false',
  };
}

/** The state with some fields replaced; any change of what is searched starts again at page one. */
export function withChange(state, change) {
  return { ...state, story: '', after: [], ...change };
}
