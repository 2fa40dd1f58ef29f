// Types for ports.mjs (plain JavaScript, so the launchers run before npm install).
export function isPortFree(port: number, host?: string): Promise<boolean>;
export function freePort(preferred?: number): Promise<number>;
export function realtimePortFor(env: { PORT?: string; REALTIME_PORT?: string }): Promise<number>;
