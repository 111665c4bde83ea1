import { useState } from 'react';
import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { knownAs } from '../../../../shared/families';
import { Button } from '../../../ui/Button';
import { fieldId } from '../../../ui/fieldIds';
import { RadioGroupField } from '../../../ui/RadioGroupField';
import { TextField } from '../../../ui/TextField';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useFamily } from '../../families/queries';
import type { ReferralFormValues } from './referralForm';
import { useFamilyMatches } from './queries';

interface ChosenFamily {
  id: string;
  familyName: string;
  children: { id: string; name: string }[];
}

/** "Which child is this referral for?" among a saved family's children. */
function ChildChoice({ family }: { family: ChosenFamily }) {
  const { control } = useFormContext<ReferralFormValues>();
  return (
    <Controller
      control={control}
      name="childId"
      render={({ field, fieldState }) => (
        <RadioGroupField
          legend="Which child is this referral for?"
          options={family.children.map((child) => ({ value: child.id, label: child.name }))}
          {...field}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

/** The family is already known: the referral was started from its page. */
export function FixedFamily({ familyId }: { familyId: string }) {
  const family = useFamily(familyId);
  if (family.isPending) return <p>Loading the family…</p>;
  if (family.isError)
    return <p className="load-problem">Linkbook could not show this family. {family.error.message}</p>;
  const chosen = {
    id: family.data.id,
    familyName: family.data.familyName,
    children: family.data.children.map((child) => ({ id: child.id, name: knownAs(child) })),
  };
  return (
    <>
      <p>
        Family: <strong>{chosen.familyName}</strong>
      </p>
      <ChildChoice family={chosen} />
    </>
  );
}

/** Type part of a name, choose the family from what matches, then the child. */
export function ExistingFamilyPicker() {
  const { control, setValue } = useFormContext<ReferralFormValues>();
  const { errors } = useFormState({ control, name: 'familyId' });
  const familyId = useWatch({ control, name: 'familyId' });
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<ChosenFamily | null>(null);
  const search = useDebouncedValue(typed.trim(), 200);
  const matches = useFamilyMatches(search);

  if (chosen && familyId === chosen.id) {
    return (
      <>
        <div className="chosen-family">
          <p>
            Family: <strong>{chosen.familyName}</strong>
          </p>
          <Button
            variant="link"
            onClick={() => {
              setValue('familyId', '', { shouldDirty: true });
              setValue('childId', '', { shouldDirty: true });
              setChosen(null);
              // The search box comes back; the worker carries on from it.
              requestAnimationFrame(() => document.getElementById(fieldId('familyId'))?.focus());
            }}
          >
            Choose a different family
          </Button>
        </div>
        <ChildChoice family={chosen} />
      </>
    );
  }

  const rows = search ? (matches.data?.rows ?? []) : [];
  return (
    <>
      <TextField
        id={fieldId('familyId')}
        name="familySearch"
        label="Find the family"
        hint="Type part of the family's name, or a child's or carer's name."
        autoComplete="off"
        width="medium"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        error={errors.familyId?.message}
      />
      <p role="status" className="muted">
        {!search
          ? ''
          : matches.isPending
            ? 'Looking…'
            : matches.isError
              ? `Linkbook could not search. ${matches.error.message}`
              : rows.length === 0
                ? `No families match “${search}”. Check the spelling, or choose “A family not yet in Linkbook”.`
                : `${matches.data.total === 1 ? '1 family matches' : `${matches.data.total} families match`}${matches.data.total > rows.length ? `; the first ${rows.length} are shown` : ''}.`}
      </p>
      {rows.length > 0 && (
        <ul className="plain-list match-list" aria-label="Families that match">
          {rows.map((row) => (
            <li key={row.id}>
              <Button
                className="match-button"
                onClick={() => {
                  setChosen({ id: row.id, familyName: row.familyName, children: row.children });
                  setValue('familyId', row.id, { shouldDirty: true, shouldValidate: !!errors.familyId });
                  // One child: nothing to choose.
                  setValue('childId', row.children.length === 1 ? (row.children[0]?.id ?? '') : '', {
                    shouldDirty: true,
                  });
                  // The chosen button leaves the page; the next question takes the focus.
                  requestAnimationFrame(() => document.getElementById(fieldId('childId'))?.focus());
                }}
              >
                <span className="match-name">Choose {row.familyName}</span>
                <span className="match-children">{row.children.map((child) => child.name).join(', ')}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
