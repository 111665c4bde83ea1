/** The one channel for calls (renderer → main), checked against the contract on both sides. */
export const CALL_CHANNEL = 'linkbook:call';
/** Main → renderer: the vault has just locked (idle timer, File > Lock, screen lock, sleep). */
export const LOCKED_CHANNEL = 'linkbook:locked';
