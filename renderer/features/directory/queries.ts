import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api';
import { call } from '../../api/client';
import { caseworkKey, useCaseworkMutation } from '../families/caseworkQueries';

/** Everything the directory shows; a change to a service refreshes the lists, Today and search. */
export const directoryKey = ['directory'] as const;
const alsoShowingServices = [['dashboard'], ['search'], ['casework']] as const;

export function useServices(filters: Input<'directory.list'>) {
  return useQuery({
    queryKey: [...directoryKey, 'list', filters],
    queryFn: () => call('directory.list', filters),
    placeholderData: keepPreviousData,
  });
}

export function useService(id: string) {
  return useQuery({
    queryKey: [...directoryKey, 'service', id],
    queryFn: () => call('directory.get', { id }),
  });
}

/** A write to the directory. mutateAsync resolves once the views have been read again. */
export function useDirectoryMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all(
        [directoryKey, ...alsoShowingServices].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}

export const useSaveService = () =>
  useDirectoryMutation((input: Input<'directory.save'>) => call('directory.save', input));
export const useRetireService = () =>
  useDirectoryMutation(({ id, retire }: { id: string; retire: boolean }) =>
    call(retire ? 'directory.retire' : 'directory.restore', { id }),
  );
export const useImportServices = () =>
  useDirectoryMutation((input: Input<'directory.importCommit'>) => call('directory.importCommit', input));

/** "Mark as checked", and its undo. */
export function useMarkChecked() {
  return useDirectoryMutation((id: string) => call('directory.markChecked', { id }));
}
export function useUndoChecked() {
  return useDirectoryMutation((input: Input<'directory.undoChecked'>) =>
    call('directory.undoChecked', input),
  );
}

export function useSignposts(familyId: string) {
  return useQuery({
    queryKey: [...caseworkKey(familyId), 'signposts'],
    queryFn: () => call('signposts.list', { familyId }),
  });
}

// Signposts belong to the family's casework: its chronology shows them.
export const useCreateSignpost = (familyId: string) =>
  useCaseworkMutation(familyId, (input: Input<'signposts.create'>) => call('signposts.create', input));
export const useRecordOutcome = (familyId: string) =>
  useCaseworkMutation(familyId, (input: Input<'signposts.recordOutcome'>) =>
    call('signposts.recordOutcome', input),
  );

/** Saves bytes through the browser's own download (Electron asks where), as a document's "save a copy" does. */
export function saveDownload(fileName: string, dataBase64: string, mediaType: string): void {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
