import { useState, type Ref } from 'react';
import { isoToUk, ukToIso } from '../../shared/dates';
import { TextField } from './TextField';

interface DateFieldProps {
  name: string;
  label: string;
  /** ISO (YYYY-MM-DD) once the text is a real date; until then, exactly what was typed. */
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The worker types DD/MM/YYYY; the form holds ISO, so the contract's own schema validates it. Half-typed
 * text is kept as typed (and fails that schema with its own message) rather than being rewritten mid-word.
 */
export function DateField({ value, onChange, onBlur, ...field }: DateFieldProps) {
  const [typed, setTyped] = useState(() => isoToUk(value));
  // A value set from outside (a reset, a reload) wins over what was typed before it.
  const shown = (ukToIso(typed) ?? typed) === value ? typed : isoToUk(value);
  return (
    <TextField
      {...field}
      width="short"
      hint="For example, 04/11/2015"
      autoComplete="off"
      value={shown}
      onBlur={() => {
        // "4/1/2016" becomes "04/01/2016" once the worker moves on, so they see the date that was read.
        setTyped(isoToUk(value));
        onBlur();
      }}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(ukToIso(event.target.value) ?? event.target.value);
      }}
    />
  );
}
