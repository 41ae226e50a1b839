// How many imports run at once: one per user, and IMPORT_CONCURRENCY in all (a dry run of a large workbook takes
// a core and GDAL's memory for seconds). Beyond that the answer is 429 with Retry-After, not a queue that grows.
// Held in the process: the server is one process (docs/DEPLOY.md).
import { HttpProblem } from '../../http/http-problem';

/** What a refused caller is told to wait, in seconds: about one dry run of a large file. */
const RETRY_AFTER_SECONDS = 10;

export class ImportSlots {
  private readonly users = new Set<number>();
  private running = 0;

  constructor(private readonly overall: number) {}

  /** Runs `work` in a slot of `userId`'s, or refuses at once when they have one or every slot is taken. */
  async run<T>(userId: number, work: () => Promise<T>): Promise<T> {
    if (this.users.has(userId)) throw busy('You already have an import running; wait for it to finish');
    if (this.running >= this.overall) throw busy(`${this.running} imports are running; try again in a moment`);
    this.users.add(userId);
    this.running += 1;
    try {
      return await work();
    } finally {
      this.users.delete(userId);
      this.running -= 1;
    }
  }
}

const busy = (detail: string) =>
  new HttpProblem('tooManyRequests', detail, undefined, {
    code: 'import_busy',
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
