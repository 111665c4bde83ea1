import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Button } from './Button';

interface Toast {
  text: string;
  action?: { label: string; onAction: () => void };
}

const SHOW_FOR_MS = 10_000;
const ToastContext = createContext<((toast: Toast) => void) | null>(null);

export function useToast(): (toast: Toast) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast is used outside ToastProvider.');
  return show;
}

/**
 * One short message at a time, bottom right, with an optional Undo. It stays while the pointer or focus is
 * on it, so nobody has to race a timer to reach Undo with the keyboard.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(Toast & { key: number }) | null>(null);
  const [held, setHeld] = useState(false);
  const show = useCallback((next: Toast) => setToast({ ...next, key: Date.now() }), []);

  useEffect(() => {
    if (!toast || held) return undefined;
    const timer = setTimeout(() => setToast(null), SHOW_FOR_MS);
    return () => clearTimeout(timer);
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
              className="toast"
              onPointerEnter={() => setHeld(true)}
              onPointerLeave={() => setHeld(false)}
              onFocus={() => setHeld(true)}
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
