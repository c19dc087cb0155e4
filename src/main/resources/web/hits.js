// Hits and the story view, built node by node (story text is never parsed as HTML).

import { dateEl, el, highlighted, webUrl } from './dom.js';

function meta(item) {
  const authors = item.author.length ? el('span', { class: 'authors' }, item.author.join(', ')) : null;
  const domain = item.domain ? el('span', { class: 'domain' }, item.domain) : null;
  const tags = item.tags.length
    ? el('ul', { class: 'tags', 'aria-label': 'Tags' }, item.tags.map((tag) => el('li', {}, tag)))
    : null;
  return el('div', { class: 'meta' }, authors, dateEl(item.published_at), domain, tags);
}

/** One result: highlighted title linking to the story view, meta line, snippets. */
export function hitItem(hit, href) {
  const title = hit.title_highlighted ? highlighted(hit.title_highlighted) : [hit.title || hit.id];
  return el('li', { class: 'hit' },
    el('h3', {}, el('a', { href, class: 'hit-link', 'data-id': hit.id }, title)),
    meta(hit),
    hit.snippets.map((snippet) => el('p', { class: 'snippet' }, highlighted(snippet))));
}

function bodyNodes(story) {
  const headings = new Set(story.headings);
  return story.body.split(/\n{2,}/).map((block) => block.trim()).filter(Boolean)
    .map((block) => (headings.has(block) ? el('h2', {}, block) : el('p', {}, block)));
}

/** The story view: full text, links only for http(s) URLs, and the related stories. */
export function storyNodes(story, related, backHref, storyHref) {
  const url = webUrl(story.url);
  return [
    el('p', {}, el('a', { href: backHref, class: 'back' }, '← Back to results')),
    el('h1', { tabindex: '-1', id: 'story-title' }, story.title || story.id),
    meta(story),
    story.summary ? el('p', { class: 'summary' }, story.summary) : null,
    url ? el('p', {}, el('a', { href: url, rel: 'noopener noreferrer', class: 'original' }, 'Original at ', new URL(url).host)) : null,
    el('div', { class: 'body' }, bodyNodes(story)),
    el('section', { class: 'related', 'aria-labelledby': 'related-h' },
      el('h2', { id: 'related-h' }, 'Related stories'),
      related.length
        ? el('ol', { class: 'results' }, related.map((hit) => hitItem(hit, storyHref(hit.id))))
        : el('p', {}, 'No related stories.')),
  ];
}
