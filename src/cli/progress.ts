// Progress on stderr while a dump is converted: a bar on a terminal, a plain line every few seconds otherwise.
// "bn-wikitext: bnwiki-300.xml.gz: 348 pages, 14.9 MB, 812 pages/s, 0:02" — nothing at all with --quiet.
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

/** cli-progress, loaded only when a bar is drawn (a terminal, no --quiet). */
const loadCliProgress = (): typeof cliProgressModule =>
  createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;

export interface ProgressState {
  /** Records written so far. */
  pages: number;
  /** Decompressed bytes read. */
  bytes: number;
  /** Bytes read from disk (compressed), for the bar's percentage. */
  rawBytes: number;
}

export interface Progress {
  update(state: ProgressState): void;
  /** Clears the bar (or prints the last line). */
  stop(state: ProgressState): void;
}

export interface ProgressOptions {
  label: string;
  quiet: boolean;
  stream: NodeJS.WriteStream;
  /** Size on disk, when known: the bar shows a percentage. */
  total: number | null;
  /** Milliseconds between plain lines. */
  intervalMs?: number;
}

/** 75 s → "1:15". */
export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** One plain progress line: "348 pages, 14.9 MB, 812 pages/s, 0:02". */
export function formatLine(state: ProgressState, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((state.pages * 1000) / elapsedMs) : 0;
  return `${state.pages} pages, ${(state.bytes / 1e6).toFixed(1)} MB, ${rate} pages/s, ${formatElapsed(elapsedMs)}`;
}

const silent: Progress = { update() {}, stop() {} };

/** A progress reporter for one dump: silent, a bar (TTY) or timed lines. */
export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return silent;
  const started = Date.now();
  return options.stream.isTTY ? barProgress(options, started) : lineProgress(options, started);
}

/** Plain lines every `intervalMs` (5 s) and a last one at the end. */
function lineProgress(options: ProgressOptions, started: number): Progress {
  const interval = options.intervalMs ?? 5000;
  let next = started + interval;
  const say = (state: ProgressState, done: boolean): void => {
    options.stream.write(
      `bn-wikitext: ${options.label}: ${formatLine(state, Date.now() - started)}${done ? ', done' : ''}\n`,
    );
  };
  return {
    update(state) {
      const now = Date.now();
      if (now < next) return;
      next = now + interval;
      say(state, false);
    },
    stop(state) {
      say(state, true);
    },
  };
}

/** A cli-progress bar, redrawn at most ~10 times a second. */
function barProgress(options: ProgressOptions, started: number): Progress {
  const withTotal = options.total !== null && options.total > 0;
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: `${options.label} ${withTotal ? '[{bar}] {percentage}% | ' : ''}{pages} pages | {mb} MB | {rate} pages/s | {time}`,
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = (s: ProgressState) => {
    const ms = Date.now() - started;
    return {
      pages: s.pages,
      mb: (s.bytes / 1e6).toFixed(1),
      rate: ms > 0 ? Math.round((s.pages * 1000) / ms) : 0,
      time: formatElapsed(ms),
    };
  };
  bar.start(withTotal ? (options.total as number) : 1, 0, payload({ pages: 0, bytes: 0, rawBytes: 0 }));
  let last = 0;
  return {
    update(state) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      bar.update(withTotal ? Math.min(state.rawBytes, options.total as number) : 0, payload(state));
    },
    stop(state) {
      bar.update(withTotal ? (options.total as number) : 1, payload(state));
      bar.stop();
    },
  };
}
