import { RouterProvider } from 'react-router/dom';
import { ToastProvider } from '../ui/Toast';
import { appRouter } from './router';
import { useIdleLock } from './useIdleLock';

/** Everything that shows records. VaultGate unmounts all of it, at once, on every lock. */
export function UnlockedApp() {
  useIdleLock();
  return (
    <ToastProvider>
      <RouterProvider router={appRouter()} />
    </ToastProvider>
  );
}
