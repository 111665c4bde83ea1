import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Button } from './Button';

interface Toast {
  text: string;
  action?: { label: string; onAction: () => void };
}

/** Long enough to read a short sentence; Undo stays reachable because a held message does not go. */
const SHOW_FOR_MS = 6_000;
/** The fade at the end; a pointer or focus arriving during it keeps the message. */
const FADE_MS = 400;
const ToastContext = createContext<((toast: Toast) => void) | null>(null);

export function useToast(): (toast: Toast) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast is used outside ToastProvider.');
  return show;
}

/**
 * One short message at a time, bottom right, with an optional Undo. It fades after a few seconds but stays
 * while the pointer or focus is on it, so nobody has to race a timer to reach Undo with the keyboard. It sits
 * below any dialog (global.css), which is where the worker's attention is.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(Toast & { key: number }) | null>(null);
  const [held, setHeld] = useState(false);
  const [fading, setFading] = useState(false);
  // A new message starts unheld: a pointer resting on the one it replaces never left it, so would hold it for good.
  const show = useCallback((next: Toast) => {
    setHeld(false);
    setFading(false);
    setToast({ ...next, key: Date.now() });
  }, []);

  // A pointer or focus arriving while it fades brings it back in full.
  const hold = () => {
    setHeld(true);
    setFading(false);
  };

  useEffect(() => {
    if (!toast || held) return undefined;
    const fade = setTimeout(() => setFading(true), SHOW_FOR_MS);
    const gone = setTimeout(() => setToast(null), SHOW_FOR_MS + FADE_MS);
    return () => {
      clearTimeout(fade);
      clearTimeout(gone);
    };
  }, [toast, held]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section className="toast-region" aria-label="Messages">
        {/* The live region is always in the page, so screen readers announce what appears in it. */}
        <div role="status">
          {toast && (
            <div
              key={toast.key}
              className={fading ? 'toast toast-fading' : 'toast'}
              onPointerEnter={hold}
              onPointerLeave={() => setHeld(false)}
              onFocus={hold}
              onBlur={() => setHeld(false)}
            >
              <p>{toast.text}</p>
              {toast.action && (
                <Button
                  variant="primary"
                  onClick={() => {
                    setToast(null);
                    setHeld(false);
                    toast.action?.onAction();
                  }}
                >
                  {toast.action.label}
                </Button>
              )}
              <Button
                variant="link"
                aria-label="Close message"
                onClick={() => {
                  setToast(null);
                  setHeld(false);
                }}
              >
                Close
              </Button>
            </div>
          )}
        </div>
      </section>
    </ToastContext.Provider>
  );
}
