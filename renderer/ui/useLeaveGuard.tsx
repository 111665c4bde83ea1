import { useCallback, useRef } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';
import { useBeforeUnloadWarning } from './useBeforeUnloadWarning';

/**
 * Stops unsaved work being lost by a click elsewhere in the app, or by closing the window. Returns the
 * dialog to render, and `allowLeaving`, to call just before navigating away after a successful save.
 */
export function useLeaveGuard(hasUnsavedChanges: boolean, changesTo: string) {
  const leaving = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedChanges && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
    [hasUnsavedChanges],
  );
  const blocker = useBlocker(shouldBlock);
  useBeforeUnloadWarning(hasUnsavedChanges);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      description={`Your changes to ${changesTo} will be lost.`}
      confirmLabel="Leave"
      cancelLabel="Stay"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
  const allowLeaving = useCallback(() => {
    leaving.current = true;
  }, []);
  return { dialog, allowLeaving };
}
