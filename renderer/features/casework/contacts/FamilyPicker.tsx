import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { FamilySummary } from '../../../../shared/families';
import { describedBy, fieldId } from '../../../ui/fieldIds';
import { FieldError } from '../../../ui/FieldMessages';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useChosenFamily, useFamilyMatches } from './queries';

interface FamilyPickerProps {
  name: string;
  /** The chosen family's id, or "" while none is chosen. */
  value: string;
  onChange: (familyId: string) => void;
  onBlur: () => void;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/**
 * "Family": type part of a name and choose from the list (an ARIA 1.2 combobox). The first match is
 * highlighted as it appears, so typing a few letters and pressing Enter or Tab chooses it; the arrow keys
 * move the highlight, Esc closes the list. Typing again after choosing clears the choice.
 */
export function FamilyPicker({ name, value, onChange, onBlur, error, ref }: FamilyPickerProps) {
  const inputId = fieldId(name);
  const listId = useId();
  const statusId = useId();
  const ids = describedBy(inputId, false, error);

  // null: show the chosen family's name; text: what the worker is typing to find one.
  const [typed, setTyped] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = useChosenFamily(value);

  const search = (typed ?? '').trim();
  const settled = useDebouncedValue(search, 150);
  const matches = useFamilyMatches(settled, listOpen);
  const current = matches.data !== undefined && settled === search;
  const rows = current ? matches.data.rows : [];
  const activeIndex = Math.min(active, rows.length - 1);
  const expanded = listOpen && current;

  const shown = typed ?? (picked?.id === value ? picked.name : value ? (chosen.data?.familyName ?? '') : '');

  const choose = (family: FamilySummary) => {
    setPicked({ id: family.id, name: family.familyName });
    setTyped(null);
    setListOpen(false);
    onChange(family.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const highlighted = activeIndex >= 0 ? rows[activeIndex] : undefined;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!listOpen) {
          setListOpen(true);
          setActive(0);
          return;
        }
        if (rows.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + rows.length) % rows.length);
        return;
      }
      case 'Enter':
        // Never submits the form: Enter here chooses.
        event.preventDefault();
        if (expanded && highlighted) choose(highlighted);
        return;
      case 'Tab':
        // Moving on from a typed name takes the highlighted family, as Enter would.
        if (expanded && typed !== null && highlighted) choose(highlighted);
        return;
      case 'Escape':
        // The dialog around this leaves Esc alone while the list is open (see ContactDialog).
        if (listOpen) {
          event.preventDefault();
          setListOpen(false);
        }
        return;
    }
  };

  const status = !expanded
    ? ''
    : rows.length === 0
      ? search
        ? `No family matches “${search}”. Check the spelling, or try part of a name.`
        : 'No families yet. Add the family from the Caseload first.'
      : `${rows.length} ${rows.length === 1 ? 'family' : 'families'} found. Use the up and down arrow keys to choose, then Enter.`;

  return (
    <div className="field picker">
      <label htmlFor={inputId}>Family</label>
      <div className="picker-box">
        <input
          ref={ref}
          id={inputId}
          name={name}
          type="text"
          role="combobox"
          className="input input--medium"
          autoComplete="off"
          spellCheck={false}
          placeholder="Type part of a family, carer or child name"
          aria-autocomplete="list"
          aria-expanded={expanded && rows.length > 0}
          aria-controls={expanded && rows.length > 0 ? listId : undefined}
          aria-activedescendant={
            expanded && rows[activeIndex] ? `${listId}-${rows[activeIndex].id}` : undefined
          }
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          value={shown}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
            setListOpen(event.target.value.trim() !== '');
            if (value) onChange('');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setListOpen(false);
            onBlur();
          }}
        />
        {expanded && rows.length > 0 && (
          <ul id={listId} role="listbox" aria-label="Families" className="picker-list">
            {rows.map((family, index) => (
              <li
                key={family.id}
                id={`${listId}-${family.id}`}
                role="option"
                aria-selected={index === activeIndex}
                className="picker-option"
                // Keeps the focus in the box, so choosing with the mouse does not count as leaving it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(family)}
              >
                <span className="picker-name">{family.familyName}</span>
                {family.children.length > 0 && (
                  <span className="picker-detail">
                    {family.children.map((child) => child.name).join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {expanded && rows.length === 0 && (
          <p className="picker-list picker-empty" aria-hidden="true">
            {status}
          </p>
        )}
      </div>
      <p id={statusId} role="status" className="visually-hidden">
        {status}
      </p>
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}
