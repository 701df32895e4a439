// Running the `booking-server` command as a user does, and talking to it over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The package's command (it runs the TypeScript source when there is no build). */
export const serverBin = fileURLToPath(new URL('../../bin/booking-server.mjs', import.meta.url));

/** How a process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A `booking-server` process. */
export interface ServerProcess {
  /** The API's base URL, as the command printed it (`http://127.0.0.1:43121`). */
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when the output has a line matching `pattern` (its match), or rejects on exit. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<Exit>;
  /** Sends `signal` (default SIGINT) and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

const running = new Set<ChildProcess>();

/**
 * Kills every server still running, with the processes it started (each runs in a process group
 * of its own). Register it with `after`: a test that fails halfway leaves no server behind.
 */
export function killServers(): void {
  for (const child of running) killGroup(child);
}

function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // It ended meanwhile.
  }
}
process.once('exit', killServers);

/**
 * The environment of a command: this process's, without DATABASE_URL (a test that wants PostgreSQL
 * passes it; the others use the embedded database), with `env` added (undefined removes).
 */
function environment(env: Record<string, string | undefined>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...process.env, DATABASE_URL: undefined, ...env }))
    if (value !== undefined) merged[name] = value;
  return merged;
}

/** Runs the command to completion (`migrate`, `provider add`): its exit code and output. */
export function runCommand(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverBin, ...args], {
      env: environment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts `booking-server` with `args` and resolves once it says where it listens, in the
 * environment of {@link environment}. It runs in a process group of
 * its own (`-child.pid`), which a test can signal as a terminal's Ctrl+C does.
 */
export function startServer(
  args: string[],
  env: Record<string, string | undefined> = {},
  options: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [serverBin, '--port', '0', ...args], {
    env: environment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let done = false;
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => {
      done = true;
      running.delete(child);
      resolve({ code, signal });
      for (const listener of listeners) listener();
    }),
  );

  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(text);
        if (match) {
          finish();
          resolve(match);
        } else if (done) {
          finish();
          reject(new Error(`booking-server ended before printing ${pattern}:\n${text}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`booking-server did not print ${pattern} in ${timeoutMs} ms:\n${text}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  const server = {
    child,
    output: () => text,
    waitFor,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGINT') {
      if (!done) child.kill(signal);
      return exited;
    },
  };
  return waitFor(/listening on (\S+) with/, options.timeoutMs).then(
    (match) => ({ ...server, url: match[1]! }),
    async (error: unknown) => {
      killGroup(child);
      throw error;
    },
  );
}

/** An answer, its body parsed when it is JSON. */
export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One request with a JSON body (when given), a bearer token and an Idempotency-Key. */
export async function send(
  base: string,
  method: string,
  path: string,
  init: { body?: unknown; token?: string; key?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.key) headers['idempotency-key'] = init.key;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: unknown = text;
  if (/json/.test(response.headers.get('content-type') ?? '') && text) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body };
}
