import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import {
  attachmentTypes,
  MAX_ATTACHMENT_BYTES,
  type addAttachmentInput,
  type AttachmentInfo,
} from '../../shared/casework';
import { fail } from '../../shared/errors';
import { attachments, contacts } from '../db/schema';
import { write, type ServiceDeps } from './deps';
import { requireFamily } from './guards';

type MediaType = keyof typeof attachmentTypes;

/** The type is checked from the file's first bytes, not trusted from its name. */
const signatures: Record<MediaType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function sniffMediaType(data: Buffer): MediaType | null {
  for (const [type, signature] of Object.entries(signatures) as [MediaType, number[]][]) {
    if (signature.every((byte, index) => data[index] === byte)) return type;
  }
  return null;
}

export function addAttachment(deps: ServiceDeps, input: z.output<typeof addAttachmentInput>): AttachmentInfo {
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0)
    fail('invalid_input', 'That file is empty.', {
      fields: { dataBase64: 'Choose a file that is not empty.' },
    });
  if (data.length > MAX_ATTACHMENT_BYTES) {
    fail('invalid_input', 'Files can be at most 10 MB.', {
      fields: { dataBase64: 'This file is larger than 10 MB.' },
    });
  }
  const actual = sniffMediaType(data);
  if (actual !== input.mediaType) {
    fail('invalid_input', `This file is not a real ${attachmentTypes[input.mediaType]}.`, {
      fields: { dataBase64: 'Attach a PDF, a JPEG photo or a PNG image.' },
    });
  }
  return write(deps, (tx, audit, at) => {
    requireFamily(tx, input.familyId);
    if (input.contactId) {
      const contact = tx
        .select({ familyId: contacts.familyId })
        .from(contacts)
        .where(eq(contacts.id, input.contactId))
        .get();
      if (!contact || contact.familyId !== input.familyId)
        fail('not_found', 'That contact is not part of this family.');
    }
    const id = deps.newId();
    const row = {
      id,
      familyId: input.familyId,
      contactId: input.contactId,
      fileName: input.fileName,
      mediaType: input.mediaType,
      size: data.length,
      createdAt: at,
    };
    tx.insert(attachments)
      .values({ ...row, data })
      .run();
    audit('create', 'attachments', id);
    return row;
  });
}

export function listAttachments(deps: ServiceDeps, familyId: string): AttachmentInfo[] {
  requireFamily(deps.db, familyId);
  return deps.db
    .select({
      id: attachments.id,
      familyId: attachments.familyId,
      contactId: attachments.contactId,
      fileName: attachments.fileName,
      mediaType: attachments.mediaType,
      size: attachments.size,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(and(eq(attachments.familyId, familyId), isNull(attachments.deletedAt)))
    .orderBy(desc(attachments.createdAt))
    .all() as AttachmentInfo[];
}

export function getAttachment(deps: ServiceDeps, id: string): AttachmentInfo & { dataBase64: string } {
  const row = deps.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)))
    .get();
  if (!row) fail('not_found', 'That file is not in the vault.');
  const { data, deletedAt: _d, ...info } = row;
  return { ...(info as AttachmentInfo), dataBase64: data.toString('base64') };
}

export function deleteAttachment(deps: ServiceDeps, id: string): null {
  write(deps, (tx, audit, at) => {
    // The bytes are wiped, not just hidden: a removed letter should not linger in the vault.
    const result = tx
      .update(attachments)
      .set({ deletedAt: at, data: Buffer.alloc(0), size: 0 })
      .where(and(eq(attachments.id, id), isNull(attachments.deletedAt)))
      .run();
    if (result.changes === 0) fail('not_found', 'That file is not in the vault.');
    audit('delete', 'attachments', id);
  });
  return null;
}
