// DOM building without HTML parsing: every string from the API becomes a text node.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

/** An HTML element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element with attributes and children. */
export function svgEl(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const CHARACTER = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of an API string escaped as HTML (the five entities the server writes). */
export function unescapeHtml(text) {
  return text.replace(ENTITY, (_, name) => CHARACTER[name]);
}

/**
 * Nodes for an API highlight (`title_highlighted`, `snippets`): text escaped, matches between literal <mark> and
 * </mark>. Only those two markers are interpreted; everything else stays text, so a story cannot inject markup.
 */
export function highlighted(html) {
  const nodes = [];
  let inMark = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) nodes.push(inMark ? el('mark', {}, unescapeHtml(part)) : unescapeHtml(part));
  }
  return nodes;
}

/** The URL when it is an absolute http or https URL, else null (no javascript:, data: or relative links). */
export function webUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** A <time> element for an ISO-8601 instant, or null when there is none. */
export function dateEl(instant) {
  if (!instant) return null;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : el('time', { datetime: instant }, DATE_FORMAT.format(date));
}
