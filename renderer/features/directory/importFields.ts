import {
  importChoices,
  importFieldKeys,
  importFields,
  type ImportField,
  type ImportPreview,
} from '../../../shared/directory';
import type { ImportFieldSpec } from '../../ui/import/fields';

/** The directory's fields for the shared import steps, with the choices that values are matched to. */
export const directoryImportFields: ImportFieldSpec<ImportField>[] = importFieldKeys.map((key) => {
  const choice = key in importChoices ? importChoices[key as keyof typeof importChoices] : undefined;
  if (!choice) return { key, label: importFields[key] };
  const whenNote = (choice.choices as Record<string, string>)[choice.whenNote] ?? '';
  return {
    key,
    label: importFields[key],
    choices: choice.choices,
    whenNote: `saved in the notes, and listed as ${whenNote} until you change it`,
  };
});

/** The layout a preview was read with, to send back as it is or as the worker changed it. */
export function layoutOf(preview: ImportPreview) {
  const { sheet, headerRow, mapping, fixed, values } = preview.layout;
  return { sheet, headerRow, mapping, fixed, values };
}
