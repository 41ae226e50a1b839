// The one structured logger (pino); every module logs through it, never through console.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'civic-atlas'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password'], censor: '[redacted]' },
  });
}
