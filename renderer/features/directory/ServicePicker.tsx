import { useId, useState } from 'react';
import { FieldError, FieldHint } from '../../ui/FieldMessages';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { serviceTitle } from './labels';
import { useServices } from './queries';

interface ServicePickerProps {
  label: string;
  value: string | null;
  onChange: (serviceId: string | null) => void;
  error?: string;
}

/**
 * Choose a service from the directory: type to narrow the list (the app's one search, by name, organisation
 * or what they offer), then pick from it with the arrow keys. Retired services are not offered.
 */
export function ServicePicker({ label, value, onChange, error }: ServicePickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text.trim(), 150);
  const services = useServices({ text: settled });
  const all = useServices({});
  const found = services.data?.services ?? [];
  // The chosen service stays in the list while the worker searches for another.
  const chosen = all.data?.services.find((service) => service.id === value);
  const options = chosen && !found.some((service) => service.id === chosen.id) ? [chosen, ...found] : found;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;

  return (
    <fieldset className="field service-picker">
      <legend>{label}</legend>
      <div className="field">
        <label htmlFor={`${id}-find`}>Find a service</label>
        <FieldHint id={hintId}>Type part of its name, who runs it or what it offers</FieldHint>
        <input
          id={`${id}-find`}
          type="search"
          className="input"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          aria-controls={listId}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={listId}>
          {services.isPending ? 'Services (loading…)' : `Services (${found.length} found)`}
        </label>
        <select
          id={listId}
          className="input select service-picker-list"
          size={Math.min(6, Math.max(2, options.length + 1))}
          value={value ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          onChange={(event) => onChange(event.target.value || null)}
        >
          {/* Selected while nothing is chosen, so the highlight a focused list shows is never a service that is
              not chosen: the worker sees the state that will be saved. */}
          <option value="">No service chosen yet</option>
          {options.map((service) => (
            <option key={service.id} value={service.id}>
              {serviceTitle(service)}
            </option>
          ))}
        </select>
        {!services.isPending && options.length === 0 && (
          <p className="muted">
            {settled
              ? `No services match “${settled}”.`
              : 'The directory is empty. Add services on the Directory page.'}
          </p>
        )}
        <FieldError id={errorId} message={error} />
      </div>
    </fieldset>
  );
}
