// The one structured logger (pino); every module logs through it, never through console.
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Logs go to stdout unless a destination is given (tests read them to prove what is never logged). */
export function createLogger(level: string, name = 'civic-atlas', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
