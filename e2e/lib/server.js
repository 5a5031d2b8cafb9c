// Starts the real welcomedesk binary (`welcomedesk demo`) on a fresh SQLite database
// in a temporary folder and an ephemeral port, and stops it with SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, createWriteStream, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS } from './config.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The binary: $WELCOMEDESK_BIN, else $CARGO_TARGET_DIR/debug/welcomedesk, else target/debug. */
export function binaryPath() {
  if (process.env.WELCOMEDESK_BIN) return process.env.WELCOMEDESK_BIN;
  const target = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target');
  return path.join(target, 'debug', 'welcomedesk');
}

/**
 * @param {string} name  a short name for the log file in artifacts/
 * @returns {Promise<{ base: string, stop: () => Promise<void> }>}
 */
export async function startServer(name) {
  const bin = binaryPath();
  if (!existsSync(bin)) {
    throw new Error(`welcomedesk binary not found at ${bin}: run \`cargo build -p welcomedesk\` ` +
      'or set WELCOMEDESK_BIN');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'welcomedesk-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = createWriteStream(path.join(ARTIFACTS, `server-${name}.log`));
  const child = spawn(bin, ['demo'], {
    env: {
      ...process.env,
      WELCOMEDESK_DATABASE_URL: `sqlite://${dir}/demo.db`,
      WELCOMEDESK_BIND: '127.0.0.1:0',
      WELCOMEDESK_LOG_FORMAT: 'text',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderrTail = '';
  child.stderr.on('data', (b) => {
    log.write(b);
    stderrTail = (stderrTail + b.toString()).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, sig) => resolve({ code, sig })));

  const base = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail('no "serving at" line within 60 s'), 60_000);
    function fail(why) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`welcomedesk demo did not start: ${why}\nstdout:\n${out}\nstderr:\n${stderrTail}`));
    }
    child.stdout.on('data', (b) => {
      log.write(b);
      if (out === null) return;
      out += b.toString();
      const m = out.match(/serving at (http:\/\/127\.0\.0\.1:(\d+))\//);
      if (m) {
        clearTimeout(timer);
        out = null;
        resolve(m[1]);
      }
    });
    exited.then(({ code, sig }) => { if (out !== null) fail(`exited early (code ${code}, signal ${sig})`); });
  });

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    }
    log.end();
    rmSync(dir, { recursive: true, force: true });
  }
  return { base, stop };
}
