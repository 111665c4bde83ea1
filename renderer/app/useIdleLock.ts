import { useEffect } from 'react';
import { call } from '../api/client';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../shared/settings';
import { useSettings } from '../features/settings/queries';
import { useLock } from './lock';

const HEARTBEAT_EVERY_MS = 60_000;
const CHECK_EVERY_MS = 5_000;
const activity = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks after the set minutes with no keyboard, mouse or touch. The server has its own idle lock, which
 * only sees API calls: reading a long record makes none, so while the worker is active a light heartbeat
 * (at most once a minute) tells the server they are still there.
 */
export function useIdleLock(): void {
  const lock = useLock();
  const minutes = useSettings().data?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES;

  useEffect(() => {
    let lastActivity = Date.now();
    let lastHeartbeat = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastHeartbeat < HEARTBEAT_EVERY_MS) return;
      lastHeartbeat = lastActivity;
      call('vault.status', {}).then(
        (status) => status.state !== 'unlocked' && lock(),
        () => undefined,
      );
    };
    // Also catches a laptop waking from sleep: the clock has moved on, so the first check locks.
    const check = setInterval(() => {
      if (Date.now() - lastActivity >= minutes * 60_000) lock();
    }, CHECK_EVERY_MS);
    for (const type of activity) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      clearInterval(check);
      for (const type of activity) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [lock, minutes]);
}
