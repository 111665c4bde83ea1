import { Button } from './Button';

interface SaveButtonProps {
  label: string;
  saving: boolean;
  /** What the button says while the save runs, when "Saving…" is not the word for it. */
  savingLabel?: string;
  /** The tooltip naming the shortcut, when the action is not "Save". */
  title?: string;
  'aria-describedby'?: string;
}

/** A form's one primary action, which Ctrl+S (useFormSave) also runs; it cannot be pressed twice. */
export function SaveButton({
  label,
  saving,
  savingLabel = 'Saving…',
  title = 'Save (Ctrl+S)',
  ...rest
}: SaveButtonProps) {
  return (
    <Button
      type="submit"
      variant="primary"
      disabled={saving}
      title={title}
      aria-keyshortcuts="Control+S"
      {...rest}
    >
      {saving ? savingLabel : label}
    </Button>
  );
}
