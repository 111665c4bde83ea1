import { useEffect, useEffectEvent } from 'react';

export { shortcuts } from '../../shared/shortcuts';

/**
 * Ctrl (or ⌘ on a Mac) plus one letter, for as long as the calling screen is open. With `shift`, the
 * shortcut is Ctrl+Shift plus the letter instead (and Ctrl plus the letter alone no longer runs it).
 */
export function useShortcut(letter: string, action: () => void, { shift = false } = {}): void {
  const run = useEffectEvent(action);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey !== shift) return;
      if (event.key.toLowerCase() !== letter) return;
      // Otherwise the browser opens its own Save dialog, or jumps to the address bar.
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [letter, shift]);
}

/** True while a dialog (or an alert dialog) covers the screen: shortcuts that open or focus things wait. */
export function isDialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
}
