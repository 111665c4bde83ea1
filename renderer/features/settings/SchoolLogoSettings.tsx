import { useState } from 'react';
import { logoTypes, MAX_LOGO_BYTES, type LogoType } from '../../../shared/settings';
import { ApiCallError } from '../../api/client';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describedBy, fieldId } from '../../ui/fieldIds';
import { FieldError, FieldHint } from '../../ui/FieldMessages';
import { SchoolLogo } from './SchoolLogo';
import { useToast } from '../../ui/Toast';
import { readAsBase64 } from '../../ui/readAsBase64';
import { sizeInWords } from '../casework/documents/attachForm';
import { useRemoveLogo, useSchoolLogo, useSetLogo } from './queries';

const byExtension: Record<string, LogoType> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

function logoTypeOf(file: File): LogoType | null {
  if (Object.hasOwn(logoTypes, file.type)) return file.type as LogoType;
  return byExtension[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

/** The logo printed on plans and calendars: chosen here, kept inside the vault, never read from disk again. */
export function SchoolLogoSettings() {
  const toast = useToast();
  const logo = useSchoolLogo();
  const setLogo = useSetLogo();
  const removeLogo = useRemoveLogo();
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  // A new key empties the file input after each upload (its value cannot be set from script).
  const [inputKey, setInputKey] = useState(0);
  const id = fieldId('schoolLogo');
  const ids = describedBy(id, true, error);

  const upload = async (file: File | undefined) => {
    setError(undefined);
    if (!file) return;
    const mimeType = logoTypeOf(file);
    if (!mimeType) return setError(`“${file.name}” is not a PNG or JPEG image. Choose a PNG or JPEG image.`);
    if (file.size === 0) return setError(`“${file.name}” is empty. Choose another image.`);
    if (file.size > MAX_LOGO_BYTES)
      return setError(`“${file.name}” is ${sizeInWords(file.size)}. The logo can be at most 1 MB.`);
    try {
      await setLogo.mutateAsync({ mimeType, dataBase64: await readAsBase64(file) });
      setInputKey((key) => key + 1);
      toast({ text: 'School logo saved.' });
    } catch (problem) {
      setError(
        problem instanceof ApiCallError
          ? (problem.error.fields?.dataBase64 ?? problem.error.message)
          : 'The logo could not be saved. Please try again.',
      );
    }
  };

  return (
    <section className="card" aria-labelledby="school-logo">
      <h2 id="school-logo">School logo</h2>
      <p>Printed at the top of plans and calendars for families.</p>
      {logo.data ? (
        <div className="logo-preview">
          <SchoolLogo className="logo-preview-image" />
        </div>
      ) : (
        <p className="muted">No logo yet. Documents are printed with the school&apos;s name only.</p>
      )}
      <div className="field">
        <label htmlFor={id}>{logo.data ? 'Choose a different logo' : 'Choose a logo'}</label>
        <FieldHint id={ids.hintId}>A PNG or JPEG image, up to 1 MB.</FieldHint>
        <input
          key={inputKey}
          id={id}
          type="file"
          className="file-input"
          accept="image/png,image/jpeg,.png,.jpg,.jpeg"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          disabled={setLogo.isPending}
          onChange={(event) => void upload(event.target.files?.[0])}
        />
        <FieldError id={ids.errorId} message={error} />
      </div>
      {logo.data && (
        <Button className="logo-remove" onClick={() => setConfirming(true)} disabled={removeLogo.isPending}>
          Remove the logo
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title="Remove the school logo?"
        description="Plans and calendars will be printed without it. You can choose a logo again at any time."
        confirmLabel="Remove the logo"
        onConfirm={() => {
          setConfirming(false);
          removeLogo.mutate(undefined, { onSuccess: () => toast({ text: 'School logo removed.' }) });
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
