import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../testing/free-port.ts';

/**
 * Real PartyKit (`partykit dev`: workerd via miniflare) for tests that check our in-process host
 * against the original. Works offline; start it once per test file, it takes a few seconds.
 */
export interface PartykitDev {
  /** `127.0.0.1:PORT`, the shape partysocket's `host` option takes. */
  host: string;
  stop(): Promise<void>;
}

export interface PartykitDevOptions {
  /** A partykit.json (`name`, `main`, `compatibilityDate`, optional `parties`). */
  config: string;
  /** What rooms see as `room.env`. */
  vars?: Record<string, string>;
  readyTimeoutMs?: number;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const partykitBin = resolve(repoRoot, 'node_modules/partykit/dist/bin.mjs');
const readyLine = /Ready on https?:\/\/[^\s:]+:(\d+)/;

/**
 * Runs the partykit CLI in a process group of its own (workerd included) and stops that group when
 * its stdin closes: politely (SIGTERM, so the CLI shuts workerd down), then for sure (SIGKILL). We
 * hold the other end of stdin, so this happens on stop() and also when the test process dies any
 * other way, even by SIGKILL: no workerd outlives the tests.
 */
const supervisor = `
const { spawn } = require('node:child_process');
const cli = spawn(process.execPath, process.argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
const sweep = () => process.kill(-process.pid, 'SIGKILL');
process.on('SIGTERM', () => {});
const stop = () => { process.kill(-process.pid, 'SIGTERM'); setTimeout(sweep, 3000); };
process.stdin.on('end', stop).on('error', stop).resume();
cli.on('exit', sweep);
`;

export async function startPartykitDev(options: PartykitDevOptions): Promise<PartykitDev> {
  const port = await freePort();
  const config = resolve(options.config);
  const vars = Object.entries(options.vars ?? {}).map(([key, value]) => `${key}=${value}`);
  const args = [
    partykitBin,
    'dev',
    '--port',
    String(port),
    '--config',
    config,
    // No state next to the fixtures, no hotkeys on a missing terminal, no lookup of request.cf
    // metadata on the network.
    '--persist',
    'false',
    '--no-hotkeys',
    '--disable-request-cf-fetch',
    ...(vars.length > 0 ? ['--var', ...vars] : []),
  ];
  const child = spawn(process.execPath, ['-e', supervisor, '--', ...args], {
    detached: true,
    cwd: dirname(config),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Ending stdin of a supervisor that is already gone must not throw EPIPE at us.
  child.stdin.on('error', () => {});

  const timeout = options.readyTimeoutMs ?? 30_000;
  // Kept for the error message; the pipes are drained for as long as the process runs.
  let output = '';
  let isReady = false;
  let exited = false;
  const exit = once(child, 'exit').then(() => {
    exited = true;
  });
  const ready = new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`partykit dev was not ready after ${timeout} ms`)), timeout);
    const watch = (chunk: Buffer) => {
      if (isReady) return;
      output += chunk.toString();
      if (readyLine.test(output)) {
        isReady = true;
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`partykit dev exited with code ${child.exitCode}`));
    });
  });
  const stop = async () => {
    if (exited) return;
    child.stdin.end();
    await exit;
  };

  try {
    await ready;
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- partykit dev output ---\n${output}`, { cause: error });
  }
  return { host: `127.0.0.1:${port}`, stop };
}
