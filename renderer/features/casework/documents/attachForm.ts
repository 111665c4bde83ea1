import { z } from 'zod';
import { addAttachmentInput, attachmentTypes, MAX_ATTACHMENT_BYTES } from '../../../../shared/casework';

type MediaType = keyof typeof attachmentTypes;

const byExtension: Record<string, MediaType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** What the file says it is (its type, else its name's ending); the server checks the bytes themselves. */
export function mediaTypeOf(file: File): MediaType | null {
  if (Object.hasOwn(attachmentTypes, file.type)) return file.type as MediaType;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return byExtension[extension] ?? null;
}

/** "2.4 MB", "18 KB": sizes as people say them. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Checked in the browser before anything is sent, so a wrong file is refused at once. */
const chosenFile = z.custom<File | null>().superRefine((file, context) => {
  const problem = !(file instanceof File)
    ? 'Choose a file to attach.'
    : !mediaTypeOf(file)
      ? `“${file.name}” is not a PDF, JPEG or PNG file. Attach a PDF, a JPEG photo or a PNG image.`
      : file.size === 0
        ? `“${file.name}” is empty. Choose another file.`
        : file.size > MAX_ATTACHMENT_BYTES
          ? `“${file.name}” is ${sizeInWords(file.size)}. Files can be at most 10 MB.`
          : null;
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const attachFormSchema = z.object({
  file: chosenFile,
  fileName: addAttachmentInput.shape.fileName,
  /** "" for the family itself. */
  contactId: z.string(),
});
export type AttachFormValues = z.input<typeof attachFormSchema>;
export type AttachFormOutput = z.output<typeof attachFormSchema>;

/** The server's paths as this form names its fields. */
export const attachFieldName = (path: string) =>
  path === 'dataBase64' || path === 'mediaType' ? 'file' : path;
