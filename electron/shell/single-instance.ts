import { app } from 'electron';

/**
 * One Linkbook at a time: two processes with the same vault open would fight over the database and the
 * idle lock. Returns false in the second process, which then quits; the first brings its window forward.
 */
export function claimSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondLaunch);
  return true;
}
