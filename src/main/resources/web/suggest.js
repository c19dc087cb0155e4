// Completions under the search box (ARIA combobox with a listbox): arrow keys move, Enter picks, Escape closes.

import { el } from './dom.js';

/** Wires the listbox to the input; onPick(suggestion) is called when one is chosen. */
export function createSuggest(input, listbox, onPick) {
  let items = [];
  let active = -1;

  function setActive(index) {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `suggestion-${index}`);
      listbox.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close() {
    items = [];
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function pick(index) {
    const item = items[index];
    close();
    onPick(item);
  }

  listbox.addEventListener('pointerdown', (event) => {
    const option = event.target.closest('[role="option"]');
    if (!option) return;
    event.preventDefault();
    pick(Number(option.dataset.index));
  });
  input.addEventListener('blur', close);

  return {
    close,
    /** Shows completions (an empty list closes the box). */
    show(suggestions) {
      items = suggestions;
      listbox.replaceChildren(...items.map((item, index) => el('li', {
        role: 'option', id: `suggestion-${index}`, 'data-index': index, 'aria-selected': 'false',
      }, el('span', { class: 'text' }, item.text), item.kind === 'title' ? null : el('span', { class: 'kind' }, item.kind))));
      listbox.hidden = !items.length;
      input.setAttribute('aria-expanded', String(items.length > 0));
      setActive(-1);
    },
    /** Handles a keydown of the input; true when it was the box's key. */
    handleKey(event) {
      if (listbox.hidden) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // Positions cycle through the options and back to the typed text (-1).
        const positions = items.length + 1;
        setActive(((active + 1 + step + positions) % positions) - 1);
        return true;
      }
      if (event.key === 'Enter' && active >= 0) {
        pick(active);
        return true;
      }
      if (event.key === 'Escape') {
        close();
        return true;
      }
      return false;
    },
  };
}
