import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  referralRoutes,
  serviceAreas,
  serviceInput,
  suggestedCategories,
  type Service,
} from '../../../shared/directory';
import { indicators, type Indicator } from '../../../shared/wellbeing';
import { choicesOf } from '../../ui/choices';
import { DateField } from '../../ui/DateField';
import { FieldError, FieldHint } from '../../ui/FieldMessages';
import { describedBy, fieldId } from '../../ui/fieldIds';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SaveFormDialog } from '../../ui/SaveFormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { useFormSave } from '../../ui/useFormSave';
import { useSaveService } from './queries';

type ServiceValues = z.input<typeof serviceInput>;
type ServiceSaved = z.output<typeof serviceInput>;

const splitCategories = (text: string) =>
  text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);

function valuesOf(service: Service | undefined): ServiceValues {
  return {
    ...(service ? { id: service.id } : {}),
    name: service?.name ?? '',
    organisation: service?.organisation ?? '',
    offer: service?.offer ?? '',
    eligibility: service?.eligibility ?? '',
    referralRoute: service?.referralRoute ?? ('' as ServiceValues['referralRoute']),
    phone: service?.phone ?? '',
    email: service?.email ?? '',
    website: service?.website ?? '',
    openingTimes: service?.openingTimes ?? '',
    cost: service?.cost ?? '',
    languages: service?.languages ?? '',
    area: service?.area ?? ('' as ServiceValues['area']),
    categories: service?.categories ?? [],
    indicators: service?.indicators ?? [],
    notes: service?.notes ?? '',
    lastCheckedOn: service?.lastCheckedOn ?? '',
  };
}

interface ServiceDialogProps {
  /** Absent when adding one. */
  service?: Service | undefined;
  onClose: (savedId?: string) => void;
}

/** Add a service to the directory, or correct one: every detail a worker gives a family. */
export function ServiceDialog({ service, onClose }: ServiceDialogProps) {
  const toast = useToast();
  const save = useSaveService();
  const form = useForm<ServiceValues, unknown, ServiceSaved>({
    resolver: zodResolver(serviceInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: valuesOf(service),
  });
  const {
    control,
    register,
    formState: { errors },
  } = form;
  const [categoryText, setCategoryText] = useState(() => (service?.categories ?? []).join('; '));

  const saving = useFormSave(form, {
    changesTo: 'this service',
    save: (values) => save.mutateAsync(values),
    onSaved: ({ id }, values) => {
      toast({ text: `${values.name} saved.` });
      onClose(id);
    },
  });

  const categoriesId = fieldId('categories');
  const categoryIds = describedBy(categoriesId, true, errors.categories?.message);
  const indicatorIds = describedBy(fieldId('indicators'), true, errors.indicators?.message);

  return (
    <SaveFormDialog
      title={service ? `Edit ${service.name}` : 'Add a service'}
      onClose={() => onClose()}
      form={form}
      saving={saving}
      saveLabel={service ? 'Save changes' : 'Add service'}
    >
      <TextField
        label="Name of the service"
        autoComplete="off"
        {...register('name')}
        error={errors.name?.message}
      />
      <TextField
        label="Organisation"
        hint="Who runs it, for example: NSPCC, the council, a church"
        autoComplete="off"
        {...register('organisation')}
        error={errors.organisation?.message}
      />
      <TextAreaField label="What they offer" rows={3} {...register('offer')} error={errors.offer?.message} />
      <TextField
        label="Who can use it"
        autoComplete="off"
        {...register('eligibility')}
        error={errors.eligibility?.message}
      />
      <Controller
        control={control}
        name="referralRoute"
        render={({ field }) => (
          <RadioGroupField
            {...field}
            legend="How to refer"
            options={choicesOf(referralRoutes)}
            error={errors.referralRoute?.message}
          />
        )}
      />
      <TextField
        label="Phone"
        type="tel"
        autoComplete="off"
        width="medium"
        {...register('phone')}
        error={errors.phone?.message}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        {...register('email')}
        error={errors.email?.message}
      />
      <TextField
        label="Website"
        autoComplete="off"
        {...register('website')}
        error={errors.website?.message}
      />
      <TextField
        label="Opening times"
        hint="For example: Mon to Fri 09:00 to 17:00"
        autoComplete="off"
        {...register('openingTimes')}
        error={errors.openingTimes?.message}
      />
      <TextField
        label="Cost"
        hint="Free, or what it costs"
        autoComplete="off"
        width="medium"
        {...register('cost')}
        error={errors.cost?.message}
      />
      <TextField
        label="Languages"
        hint="Languages the service works in, besides English"
        autoComplete="off"
        {...register('languages')}
        error={errors.languages?.message}
      />
      <Controller
        control={control}
        name="area"
        render={({ field }) => (
          <RadioGroupField
            {...field}
            legend="Area covered"
            inline
            options={choicesOf(serviceAreas)}
            error={errors.area?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="categories"
        render={({ field }) => (
          <div className="field">
            <label htmlFor={categoriesId}>Need categories</label>
            <FieldHint id={categoryIds.hintId}>
              Separate them with semicolons, for example: Food; Money; Housing
            </FieldHint>
            <input
              id={categoriesId}
              ref={field.ref}
              className="input"
              autoComplete="off"
              list="category-suggestions"
              aria-describedby={categoryIds.describedBy}
              aria-invalid={errors.categories ? true : undefined}
              value={categoryText}
              onChange={(event) => {
                setCategoryText(event.target.value);
                field.onChange(splitCategories(event.target.value));
              }}
              onBlur={field.onBlur}
            />
            <datalist id="category-suggestions">
              {suggestedCategories.map((category) => (
                <option key={category} value={category} />
              ))}
            </datalist>
            <FieldError id={categoryIds.errorId} message={errors.categories?.message} />
          </div>
        )}
      />
      <Controller
        control={control}
        name="indicators"
        render={({ field }) => (
          <fieldset className="field" aria-describedby={indicatorIds.describedBy}>
            <legend>Wellbeing indicators it helps with</legend>
            <FieldHint id={indicatorIds.hintId}>The SHANARRI indicators this service supports</FieldHint>
            <div className="indicator-choices">
              {(Object.entries(indicators) as [Indicator, string][]).map(([key, label]) => {
                const chosen = field.value ?? [];
                return (
                  <div className="checkbox" key={key}>
                    <input
                      id={`indicator-${key}`}
                      type="checkbox"
                      checked={chosen.includes(key)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked ? [...chosen, key] : chosen.filter((each) => each !== key),
                        )
                      }
                      onBlur={field.onBlur}
                    />
                    <div>
                      <label htmlFor={`indicator-${key}`}>{label}</label>
                    </div>
                  </div>
                );
              })}
            </div>
            <FieldError id={indicatorIds.errorId} message={errors.indicators?.message} />
          </fieldset>
        )}
      />
      <TextAreaField label="Notes" rows={3} {...register('notes')} error={errors.notes?.message} />
      <Controller
        control={control}
        name="lastCheckedOn"
        render={({ field }) => (
          <DateField {...field} label="Date last checked (optional)" error={errors.lastCheckedOn?.message} />
        )}
      />
    </SaveFormDialog>
  );
}
