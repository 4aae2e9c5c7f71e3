/**
 * The page's side of the studio's worker (worker.ts): starts it, asks it, and hands each
 * answer to whoever asked. A newer check supersedes one still running: the worker is stopped
 * and started afresh, so that its time goes to the text the editor holds now.
 */
import type { MarkdownIssue } from '../src/markdown/index.js';
import type { Mode, PreviewData, Reply, Request, Valid } from './messages.js';

/** What the page needs of Trusted Types: a policy that lets one script URL through. */
interface TrustedTypes {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): unknown };
}

/** The worker, beside this script in dist/studio/. */
const WORKER_URL = new URL('worker.js', import.meta.url).href;

let policy: ReturnType<TrustedTypes['createPolicy']> | undefined;

/**
 * The worker's URL in the form the page's policy (`require-trusted-types-for 'script'`)
 * requires: a TrustedScriptURL from a policy that lets through this one URL and no other.
 */
function workerUrl(): string {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!trustedTypes) return WORKER_URL;
  policy ??= trustedTypes.createPolicy('essay-widgets-studio', {
    createScriptURL(input) {
      if (input !== WORKER_URL) throw new TypeError(`studio: ${input} is not the studio's worker`);
      return input;
    },
  });
  return policy.createScriptURL(WORKER_URL) as string;
}

/** The problems of a text, and what it gives when it has none. */
export interface Checked {
  problems: MarkdownIssue[];
  valid?: Valid;
}

interface Waiting {
  request: Request;
  resolve: (reply: Reply | undefined) => void;
  reject: (error: Error) => void;
}

export class Checker {
  #worker: Worker | undefined;
  #next = 0;
  readonly #waiting = new Map<number, Waiting>();

  /** Reads and checks `text`; resolves undefined if a newer check took its place. */
  async check(mode: Mode, text: string, line: number): Promise<Checked | undefined> {
    if ([...this.#waiting.values()].some(({ request }) => request.kind === 'check')) this.#restart();
    const reply = await this.#ask({ kind: 'check', id: ++this.#next, mode, text, line });
    return reply?.kind === 'check' ? { problems: reply.problems, valid: reply.valid } : undefined;
  }

  /** The part of the last essay without problems around `line`, if the worker has one. */
  async window(line: number): Promise<PreviewData | undefined> {
    const reply = await this.#ask({ kind: 'window', id: ++this.#next, line });
    return reply?.kind === 'window' ? reply.preview : undefined;
  }

  /** The text `mode` starts with. */
  async seed(mode: Mode): Promise<string> {
    const reply = await this.#ask({ kind: 'seed', id: ++this.#next, mode });
    if (reply?.kind !== 'seed') throw new Error(`studio: no starting text for ${mode}`);
    return reply.text;
  }

  #ask(request: Request): Promise<Reply | undefined> {
    return new Promise((resolve, reject) => {
      this.#waiting.set(request.id, { request, resolve, reject });
      this.#start().postMessage(request);
    });
  }

  /** Stops the worker and starts another; what was asked of the old one but a check or window is asked again. */
  #restart(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const [id, waiting] of this.#waiting) {
      if (waiting.request.kind === 'seed') continue;
      this.#waiting.delete(id);
      waiting.resolve(undefined);
    }
    const worker = this.#start();
    for (const { request } of this.#waiting.values()) worker.postMessage(request);
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(workerUrl(), { type: 'module', name: 'essay-widgets studio' });
    worker.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
      // A stopped worker's late answers find nobody waiting.
      const waiting = this.#waiting.get(data.id);
      if (!waiting || this.#worker !== worker) return;
      this.#waiting.delete(data.id);
      waiting.resolve(data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.#worker !== worker) return;
      worker.terminate();
      this.#worker = undefined;
      const cause = event.message || 'its script could not be loaded';
      for (const { reject } of this.#waiting.values()) reject(new Error(`the checker stopped: ${cause}`));
      this.#waiting.clear();
    });
    this.#worker = worker;
    return worker;
  }
}
