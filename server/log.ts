export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Log = (level: Level, msg: string, extra?: Record<string, unknown>) => void;

/** Structured JSON lines on stdout (stderr for errors), one object per event. */
export function createLog(minLevel: Level): Log {
  return (level, msg, extra) => {
    if (ORDER[level] < ORDER[minLevel]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...extra });
    if (level === 'error') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
}
