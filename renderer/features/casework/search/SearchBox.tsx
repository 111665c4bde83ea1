import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../shared/casework';
import { isDialogOpen, useShortcut } from '../../../app/shortcuts';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { hitKinds, hitPath, hitTitle, MarkWords, searchWords, Snippet } from './highlight';
import { useSearch } from './queries';
import './search.css';

/**
 * The one search box, in the top bar of every screen (Ctrl+K). Results come as the worker types, in an
 * ARIA 1.2 combobox: the focus stays in the box while the arrow keys move a highlight through the list
 * (aria-activedescendant), Enter opens the highlighted result (or the first), Esc closes the list and a
 * second Esc clears the box. The text is cleared once a result is opened: it is often someone's name.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // The highlight belongs to one set of results; new results start with nothing highlighted.
  const [active, setActive] = useState({ text: '', index: -1 });

  const search = text.trim();
  const settled = useDebouncedValue(search, 150);
  const results = useSearch(settled);
  const hits = settled && results.data ? results.data : [];
  const current = settled === search && results.isSuccess && !results.isPlaceholderData;
  const activeIndex = active.text === settled && active.index < hits.length ? active.index : -1;
  const showing = open && search !== '';
  const listShown = showing && hits.length > 0 && !results.isError;

  useShortcut('k', () => {
    if (isDialogOpen()) return;
    input.current?.focus();
    input.current?.select();
  });

  const openHit = (hit: SearchHit) => {
    setText('');
    setOpen(false);
    navigate(hitPath(hit));
  };

  const moveTo = (index: number) => {
    setActive({ text: settled, index });
    document.getElementById(`${listId}-${index}`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (hits.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        moveTo(
          activeIndex < 0 && step < 0 ? hits.length - 1 : (activeIndex + step + hits.length) % hits.length,
        );
        return;
      }
      case 'Home':
      case 'End':
        if (!listShown) return;
        event.preventDefault();
        moveTo(event.key === 'Home' ? 0 : hits.length - 1);
        return;
      case 'Enter': {
        event.preventDefault();
        const hit = activeIndex >= 0 ? hits[activeIndex] : current ? hits[0] : undefined;
        if (showing && hit) openHit(hit);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (showing) setOpen(false);
        else setText('');
        return;
    }
  };

  const words = searchWords(settled);
  const message = results.isError
    ? `Search did not work. ${results.error.message}`
    : hits.length > 0
      ? ''
      : current
        ? `No matches for “${settled}”. Check the spelling, or try the start of a word.`
        : 'Searching…';
  const announcement = !showing
    ? ''
    : message ||
      (current
        ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${settled}”. Use the up and down arrow keys to choose one, then Enter to open it.`
        : '');

  return (
    <search className="search">
      <label htmlFor="search-box" className="visually-hidden">
        Search
      </label>
      <div className="search-field">
        <input
          ref={input}
          id="search-box"
          type="text"
          role="combobox"
          className="input search-input"
          placeholder="Search families, people and notes"
          title="Search (Ctrl+K)"
          aria-keyshortcuts="Control+K"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          aria-autocomplete="list"
          aria-expanded={listShown}
          aria-controls={listShown ? listId : undefined}
          aria-activedescendant={listShown && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <kbd className="search-key" aria-hidden="true">
          Ctrl+K
        </kbd>
      </div>
      {showing && (
        <div className="search-popup">
          {listShown ? (
            <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
              {hits.map((hit, index) => (
                <li
                  key={`${hit.kind}-${hit.recordId}`}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === activeIndex}
                  className="search-hit"
                  // Keeps the focus in the box, so a click is not first a blur that closes the list.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => openHit(hit)}
                >
                  <span className={`search-kind search-kind--${hit.kind}`}>{hitKinds[hit.kind]}</span>
                  <span className="visually-hidden">: </span>
                  {hit.kind === 'concern' || hit.kind === 'addendum' ? (
                    // A concern's title only repeats its kind: the family says which one it is.
                    <span className="search-title">
                      {hit.familyName}
                      {hit.familyArchived && ' (archived)'}
                    </span>
                  ) : (
                    <>
                      <span className="search-title">
                        <MarkWords text={hitTitle(hit)} words={words} />
                      </span>
                      {hit.kind !== 'family' && (
                        <span className="search-family">
                          <span className="visually-hidden">, </span>
                          {hit.familyName}
                          {hit.familyArchived && (hit.kind === 'service' ? ' (retired)' : ' (archived)')}
                        </span>
                      )}
                    </>
                  )}
                  {hit.snippet.trim() && (
                    <span className="search-snippet">
                      <span className="visually-hidden">. </span>
                      <Snippet text={hit.snippet} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="search-message" aria-hidden="true">
              {message}
            </p>
          )}
          {listShown && (
            <p className="search-help" aria-hidden="true">
              <kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close
            </p>
          )}
        </div>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </search>
  );
}
