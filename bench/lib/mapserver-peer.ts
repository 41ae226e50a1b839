// The benchmark's peer: MapServer 8 (Debian's cgi-mapserver) as FastCGI behind lighttpd, serving the same
// associations table as vector tiles at the same z/x/y. Null, with the reason, when either is not installed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TileCoordinates } from '../../server/src/features/tiles/tile-coordinates';

const MAPSERV = '/usr/lib/cgi-bin/mapserv';
const LIGHTTPD = '/usr/sbin/lighttpd';
/** FastCGI processes: one per benchmark connection at the highest concurrency. */
const PROCESSES = 4;

export interface MapServerPeer {
  baseUrl: string;
  pathOf: (tile: TileCoordinates) => string;
  stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

const lighttpdConfig = (dir: string, port: number) => `
server.document-root = "${dir}"
server.bind = "127.0.0.1"
server.port = ${port}
server.errorlog = "${dir}/error.log"
server.modules = ("mod_fastcgi")
fastcgi.server = ("/mapserv" => ((
  "socket" => "${dir}/mapserv.sock",
  "bin-path" => "${MAPSERV}",
  "max-procs" => ${PROCESSES},
  "check-local" => "disable",
  "bin-environment" => ("MAPSERVER_CONFIG_FILE" => "${dir}/mapserver.conf")
)))
`;

/** MapServer 8 reads map files only from paths its configuration allows. */
const mapServerConfig = (dir: string) => `CONFIG\n  ENV\n    MS_MAP_PATTERN "^${dir}/"\n  END\nEND\n`;

async function answering(url: string): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`MapServer did not answer at ${url}`);
}

export async function startMapServer(databaseUrl: string): Promise<MapServerPeer | string> {
  if (!existsSync(MAPSERV) || !existsSync(LIGHTTPD))
    return 'not installed (apt-get install cgi-mapserver mapserver-bin lighttpd)';
  const dir = await mkdtemp(path.join(tmpdir(), 'tiles-mapserver-'));
  const mapFile = path.join(dir, 'associations.map');
  const template = await readFile(path.join(__dirname, '../mapserver/associations.map'), 'utf8');
  await writeFile(mapFile, template.replaceAll('@CONNECTION@', databaseUrl));
  await writeFile(path.join(dir, 'mapserver.conf'), mapServerConfig(dir));
  const port = await freePort();
  await writeFile(path.join(dir, 'lighttpd.conf'), lighttpdConfig(dir, port));
  // A process group of its own, so that stopping it stops the FastCGI processes it spawned too.
  const server = spawn(LIGHTTPD, ['-D', '-f', path.join(dir, 'lighttpd.conf')], { stdio: 'ignore', detached: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const pathOf = ({ z, x, y }: TileCoordinates) =>
    `/mapserv?map=${encodeURIComponent(mapFile)}&mode=tile&tilemode=gmap&tile=${x}+${y}+${z}` +
    '&layers=associations&map.imagetype=mvt';
  await answering(baseUrl + pathOf({ z: 0, x: 0, y: 0 }));
  const stop = async () => {
    const group = -(server.pid ?? 0);
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      process.kill(group, 'SIGTERM');
    });
    // FastCGI processes left behind by lighttpd (libfcgi's accept loop does not always end on SIGTERM).
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // the group is gone already
    }
    await rm(dir, { recursive: true, force: true });
  };
  return { baseUrl, pathOf, stop };
}
