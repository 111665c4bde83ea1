import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api';
import { call } from '../../../api/client';
import { caseworkKey, useCaseworkMutation } from '../../families/caseworkQueries';

export function useAttachments(familyId: string) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'attachments'],
    queryFn: () => call('attachments.list', { familyId }),
  });
}

export function useAddAttachment(familyId: string) {
  return useCaseworkMutation(familyId, (input: Input<'attachments.add'>) => call('attachments.add', input));
}

export function useDeleteAttachment(familyId: string) {
  return useCaseworkMutation(familyId, (id: string) => call('attachments.delete', { id }));
}

/** The file's bytes, read from the vault only when the worker asks for them, never cached. */
export async function fetchFile(id: string): Promise<{ blob: Blob; fileName: string }> {
  const file = await call('attachments.get', { id });
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return { blob: new Blob([bytes], { type: file.mediaType }), fileName: file.fileName };
}
