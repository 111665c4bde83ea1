import { useState } from 'react';
import { NavLink, Outlet, useMatch } from 'react-router';
import { AddContactProvider } from '../features/casework/contacts/AddContactProvider';
import { useAddContact } from '../features/casework/contacts/useAddContact';
import { SearchBox } from '../features/casework/search/SearchBox';
import { useSettings } from '../features/settings/queries';
import { Button } from '../ui/Button';
import { KeyboardShortcutsDialog } from './KeyboardShortcutsDialog';
import { useLock } from './lock';
import { isDialogOpen, useShortcut } from './shortcuts';

/**
 * The frame around every unlocked screen: navigation on the left that never moves, and on the right the
 * top bar (search, Add contact) above the screen itself.
 */
export function Layout() {
  const lock = useLock();
  const schoolName = useSettings().data?.schoolName;
  const [showShortcuts, setShowShortcuts] = useState(false);
  useShortcut('l', lock);

  return (
    <AddContactProvider>
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
                <NavLink to="/today" className="nav-link">
                  Today
                </NavLink>
              </li>
              <li>
                <NavLink to="/families" className="nav-link">
                  Caseload
                </NavLink>
              </li>
              <li>
                <NavLink to="/calendar" className="nav-link">
                  Calendar
                </NavLink>
              </li>
              <li>
                <NavLink to="/directory" className="nav-link">
                  Directory
                </NavLink>
              </li>
              <li>
                <NavLink to="/attendance" className="nav-link">
                  Attendance
                </NavLink>
              </li>
              <li>
                <NavLink to="/returns" className="nav-link">
                  Returns
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
            <Button
              onClick={lock}
              title="Lock (Ctrl+L)"
              aria-keyshortcuts="Control+L"
              className="lock-button"
            >
              Lock
            </Button>
          </div>
        </header>
        <div className="app-column">
          <TopBar />
          <main id="main" tabIndex={-1} className="main">
            <Outlet />
          </main>
        </div>
        <KeyboardShortcutsDialog open={showShortcuts} onOpenChange={setShowShortcuts} />
      </div>
    </AddContactProvider>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Search and Add contact, on every screen. On a family's page, Add contact starts with that family. */
function TopBar() {
  const addContact = useAddContact();
  const familyId = useMatch('/families/:familyId/*')?.params.familyId;
  const openAddContact = () => addContact.open(familyId && UUID.test(familyId) ? familyId : undefined);
  useShortcut('n', () => !isDialogOpen() && openAddContact(), { shift: true });

  return (
    <section className="topbar" aria-label="Search and add">
      <SearchBox />
      <Button
        variant="primary"
        onClick={openAddContact}
        title="Add contact (Ctrl+Shift+N)"
        aria-keyshortcuts="Control+Shift+N"
      >
        Add contact
      </Button>
    </section>
  );
}
