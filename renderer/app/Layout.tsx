import { useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useSettings } from '../features/settings/queries';
import { Button } from '../ui/Button';
import { KeyboardShortcutsDialog } from './KeyboardShortcutsDialog';
import { useLock } from './lock';
import { useShortcut } from './shortcuts';

/** The frame around every unlocked screen: navigation on the left that never moves, the screen on the right. */
export function Layout() {
  const lock = useLock();
  const schoolName = useSettings().data?.schoolName;
  const [showShortcuts, setShowShortcuts] = useState(false);
  useShortcut('l', lock);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Handled here: a bare #main would become a history entry the router did not make.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="sidebar">
        <p className="app-name">Linkbook</p>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to="/families" className="nav-link">
                Caseload
              </NavLink>
            </li>
            <li>
              <NavLink to="/settings" className="nav-link">
                Settings
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="sidebar-footer">
          {schoolName && <p className="school-name">{schoolName}</p>}
          <Button variant="link" onClick={() => setShowShortcuts(true)}>
            Keyboard shortcuts
          </Button>
          <Button onClick={lock} title="Lock (Ctrl+L)" aria-keyshortcuts="Control+L" className="lock-button">
            Lock
          </Button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <KeyboardShortcutsDialog open={showShortcuts} onOpenChange={setShowShortcuts} />
    </div>
  );
}
