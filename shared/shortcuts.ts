/** Every shortcut the page itself handles, as the Keyboard shortcuts dialog and Electron's Help menu list them. */
export const shortcuts = [
  { keys: 'Ctrl+K', action: 'Go to the search box' },
  { keys: 'Ctrl+Shift+N', action: 'Add a contact' },
  { keys: 'Ctrl+L', action: 'Lock Linkbook' },
  { keys: 'Ctrl+S', action: 'Save the form you are filling in' },
  { keys: 'Ctrl+P', action: 'Print what is on screen: a chronology, a plan or the term’s calendar' },
  { keys: 'Esc', action: 'Close a dialog' },
] as const;
