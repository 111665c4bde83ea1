import { useState } from 'react';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextField } from '../../ui/TextField';
import { useCopyPlaces } from './queries';

const ANOTHER = '';

interface PlaceFieldProps {
  /** The folder chosen, as a path; '' until one is. */
  value: string;
  onChange: (folder: string) => void;
  error?: string | undefined;
  legend: string;
}

/**
 * Where a copy goes or comes from: the USB sticks and drives Linkbook can see, or any folder typed in.
 * A typed path is the only way in browser mode, which cannot open the system's folder picker.
 */
export function PlaceField({ value, onChange, error, legend }: PlaceFieldProps) {
  const places = useCopyPlaces();
  const listed = places.data ?? [];
  const [typing, setTyping] = useState(false);
  const choice = !typing && listed.some((place) => place.path === value) ? value : ANOTHER;
  return (
    <>
      <RadioGroupField
        name="place"
        legend={legend}
        hint={
          places.isPending
            ? 'Looking for USB sticks…'
            : listed.length === 0
              ? 'No USB stick is plugged in. Plug one in, or type a folder below.'
              : 'Plug the USB stick in first; it shows here by its name.'
        }
        options={[
          ...listed.map((place) => ({ value: place.path, label: place.label, hint: place.path })),
          { value: ANOTHER, label: 'Another folder' },
        ]}
        value={choice}
        onChange={(path) => {
          setTyping(path === ANOTHER);
          onChange(path);
        }}
        error={choice === ANOTHER ? undefined : error}
      />
      {choice === ANOTHER && (
        <TextField
          name="folder"
          label="Folder"
          hint="The whole path, for example E:\ on Windows or /media/you/USB on Linux."
          value={value}
          onChange={(event) => onChange(event.target.value)}
          error={error}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </>
  );
}
