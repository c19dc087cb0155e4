// The date histogram: bars drawn as SVG from the API's `histogram`; dragging across bars picks since/until.

import { svgEl } from './dom.js';

const BAR = 10;
const HEIGHT = 60;
const MAX_MONTHS = 120;

function monthsBetween(first, last) {
  const periods = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    periods.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return periods;
}

/**
 * Every period from the first to the last, empty ones included, so the bars are a time axis; months beyond ten
 * years are summed into years to keep the bars wide enough to drag over.
 */
function bars(histogram) {
  if (!histogram.length) return [];
  const counts = new Map(histogram.map((item) => [item.period, item.count]));
  const first = histogram[0].period;
  const last = histogram[histogram.length - 1].period;
  if (first.length === 4) {
    const years = [];
    for (let year = Number(first); year <= Number(last); year++) years.push(String(year));
    return years.map((period) => ({ period, count: counts.get(period) || 0 }));
  }
  const months = monthsBetween(first, last);
  if (months.length <= MAX_MONTHS) return months.map((period) => ({ period, count: counts.get(period) || 0 }));
  const years = new Map();
  for (const month of months) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) || 0) + (counts.get(month) || 0));
  return [...years].map(([period, count]) => ({ period, count }));
}

function firstDay(period) {
  return period.length === 4 ? `${period}-01-01` : `${period}-01`;
}

function lastDay(period) {
  if (period.length === 4) return `${period}-12-31`;
  const [year, month] = period.split('-').map(Number);
  return `${period}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Draws histograms into svg and labels; onRange(since, until) is called when a drag ends. */
export function createHistogram(svg, fromLabel, toLabel, onRange) {
  let current = [];
  let dragStart = -1;
  const selection = svgEl('rect', { class: 'selection', y: 0, height: HEIGHT, width: 0, visibility: 'hidden' });

  function indexAt(clientX) {
    const box = svg.getBoundingClientRect();
    const index = Math.floor(((clientX - box.left) / box.width) * current.length);
    return Math.max(0, Math.min(current.length - 1, index));
  }

  function showSelection(from, to) {
    const [low, high] = from <= to ? [from, to] : [to, from];
    selection.setAttribute('x', low * BAR);
    selection.setAttribute('width', (high - low + 1) * BAR);
    selection.setAttribute('visibility', 'visible');
  }

  svg.addEventListener('pointerdown', (event) => {
    if (!current.length || event.button !== 0) return;
    event.preventDefault();
    svg.setPointerCapture(event.pointerId);
    dragStart = indexAt(event.clientX);
    showSelection(dragStart, dragStart);
  });
  svg.addEventListener('pointermove', (event) => {
    if (dragStart >= 0) showSelection(dragStart, indexAt(event.clientX));
  });
  svg.addEventListener('pointerup', (event) => {
    if (dragStart < 0) return;
    const end = indexAt(event.clientX);
    const [low, high] = dragStart <= end ? [dragStart, end] : [end, dragStart];
    dragStart = -1;
    onRange(firstDay(current[low].period), lastDay(current[high].period));
  });
  svg.addEventListener('pointercancel', () => {
    dragStart = -1;
    selection.setAttribute('visibility', 'hidden');
  });

  return {
    /** Draws the histogram of a search answer. */
    render(histogram) {
      current = bars(histogram);
      const max = Math.max(1, ...current.map((bar) => bar.count));
      const width = Math.max(1, current.length) * BAR;
      svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
      selection.setAttribute('visibility', 'hidden');
      svg.replaceChildren(...current.map((bar, index) => {
        const height = bar.count ? Math.max(2, (bar.count / max) * HEIGHT) : 0;
        return svgEl('rect', { class: 'bar', x: index * BAR + 1, y: HEIGHT - height, width: BAR - 2, height,
          'data-period': bar.period }, svgEl('title', {}, `${bar.period}: ${bar.count}`));
      }), selection);
      svg.classList.toggle('empty', !current.length);
      svg.setAttribute('aria-label', current.length
        ? `Stories per ${current[0].period.length === 4 ? 'year' : 'month'} from ${current[0].period} to ${current[current.length - 1].period}`
        : 'No dated stories');
      fromLabel.textContent = current.length ? current[0].period : 'No dated stories';
      toLabel.textContent = current.length > 1 ? current[current.length - 1].period : '';
    },
  };
}
