// Follows the association data version: LISTENs for the NOTIFY that every committed change sends (see the
// tiles-data-version migration) and turns each into a new generation, the part of a cache key that expires tiles.
import { Client, type ClientConfig } from 'pg';
import type { Logger } from '../../logger';

const DATA_VERSION_CHANNEL = 'association_data_version';
const RECONNECT_AFTER_MS = 1000;

export class DataVersion {
  private generation = 0;
  private client: Client | null = null;
  private stopped = false;

  constructor(
    private readonly connection: ClientConfig,
    private readonly logger: Logger,
  ) {}

  /**
   * Changes after every committed change of the data. Null while not listening (starting, or reconnecting
   * after a lost connection): a change could then go unheard, so nothing may be cached.
   */
  current(): string | null {
    return this.client ? String(this.generation) : null;
  }

  /** Listens from now on, trying again every second until it can. */
  start(): void {
    if (this.stopped) return;
    this.listen().catch((error: unknown) => {
      this.logger.warn({ err: error }, 'could not listen for data versions; tiles are not cached until it can');
      this.retry();
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({ ...this.connection, application_name: 'civic-atlas-tiles-listener' });
    client.on('notification', () => {
      this.generation += 1;
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
    } catch (error) {
      void client.end();
      throw error;
    }
    if (this.stopped) return void client.end();
    // Whatever changed while nobody listened is unknown: start a new generation.
    this.generation += 1;
    this.client = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end();
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.stopped) return;
    this.logger.warn({ err: error }, 'lost the data version listener; tiles are not cached until it is back');
    this.retry();
  }

  private retry(): void {
    const timer = setTimeout(() => this.start(), RECONNECT_AFTER_MS);
    timer.unref();
  }
}
