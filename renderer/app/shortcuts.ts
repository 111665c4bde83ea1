import { useEffect, useEffectEvent } from 'react';
import { useNavigate } from 'react-router';

export { shortcuts } from '../../shared/shortcuts';

/**
 * Ctrl (or ⌘ on a Mac) plus one letter, for as long as the calling screen is open. With `shift`, the
 * shortcut is Ctrl+Shift plus the letter instead (and Ctrl plus the letter alone no longer runs it). While
 * `enabled` is false the keys do what the browser would do.
 */
export function useShortcut(
  letter: string,
  action: () => void,
  { shift = false, enabled = true } = {},
): void {
  const run = useEffectEvent(action);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey !== shift) return;
      if (event.key.toLowerCase() !== letter) return;
      // Otherwise the browser opens its own Save dialog, or jumps to the address bar.
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [letter, shift, enabled]);
}

/**
 * Ctrl+P on a screen with a printable document opens its print view (the page laid out for A4), where Ctrl+P
 * then prints. Without a document (`to` null) the browser's own print is left alone.
 */
export function usePrintShortcut(to: string | null): void {
  const navigate = useNavigate();
  useShortcut('p', () => to && !isDialogOpen() && void navigate(to), { enabled: to !== null });
}

/** True while a dialog (or an alert dialog) covers the screen: shortcuts that open or focus things wait. */
export function isDialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
}
