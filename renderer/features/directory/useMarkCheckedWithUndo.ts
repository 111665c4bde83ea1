import { useToast } from '../../ui/Toast';
import { useMarkChecked, useUndoChecked } from './queries';

/** "Mark as checked" in one click; the toast offers Undo, which puts the old date back. */
export function useMarkCheckedWithUndo() {
  const toast = useToast();
  const mark = useMarkChecked();
  const undo = useUndoChecked();
  const markChecked = (service: { id: string; name: string }) =>
    mark.mutateAsync(service.id).then(
      ({ previousCheckedOn }) =>
        toast({
          text: `${service.name} marked as checked today.`,
          action: {
            label: 'Undo',
            onAction: () =>
              void undo.mutateAsync({ id: service.id, lastCheckedOn: previousCheckedOn }).then(
                () => toast({ text: `${service.name}: date last checked put back.` }),
                (error: Error) => toast({ text: `That could not be undone. ${error.message}` }),
              ),
          },
        }),
      (error: Error) => toast({ text: `${service.name} was not marked as checked. ${error.message}` }),
    );
  return { markChecked, marking: mark.isPending ? mark.variables : null };
}
