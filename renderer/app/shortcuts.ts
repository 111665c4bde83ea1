import { useEffect, useEffectEvent } from 'react';

/** Every shortcut the app has, as the Keyboard shortcuts dialog lists them. */
export const shortcuts = [
  { keys: 'Ctrl+L', action: 'Lock Linkbook' },
  { keys: 'Ctrl+S', action: 'Save the form you are filling in' },
  { keys: 'Esc', action: 'Close a dialog' },
] as const;

/** Ctrl (or ⌘ on a Mac) plus one letter, for as long as the calling screen is open. */
export function useShortcut(letter: string, action: () => void): void {
  const run = useEffectEvent(action);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== letter) return;
      // Otherwise the browser opens its own Save dialog, or jumps to the address bar.
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [letter]);
}
