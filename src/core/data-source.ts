/**
 * Where an element's data comes from, besides the `data` property: a child
 * `<script type="application/json">`, or a JSON file named by `src`.
 */
import type { ValidationIssue } from '../schema/validate.js';

export type Loaded = { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };

/** The element's own `<script type="application/json">` child, if it has one. */
export function findInlineJson(host: Element): HTMLScriptElement | undefined {
  for (const child of host.children) {
    if (
      child.localName === 'script' &&
      (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json'
    ) {
      return child as HTMLScriptElement;
    }
  }
  return undefined;
}

/** Parses the inline JSON script. Errors are reported at the path `script`. */
export function readInlineJson(script: HTMLScriptElement): Loaded {
  try {
    return { ok: true, value: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    return { ok: false, errors: [{ path: 'script', message: `invalid JSON: ${(error as Error).message}` }] };
  }
}

/** How long a `src` fetch may take before it is given up. */
export const FETCH_TIMEOUT_MS = 15_000;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Fetches and parses the JSON at `url`. Never rejects: every failure comes back as an
 * error at the path `src` naming the URL and the cause. An aborted load resolves to
 * `undefined`, since nobody is waiting for it any more.
 */
export async function loadJson(
  url: string,
  signal: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Loaded | undefined> {
  const fail = (cause: string): Loaded => ({
    ok: false,
    errors: [{ path: 'src', message: `could not load ${url}: ${cause}` }],
  });
  // Checked on failure rather than read from the error, whose name differs between engines
  // (WebKit rejects a timed-out fetch with an AbortError, not the signal's TimeoutError).
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return fail(`HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type))
      return fail(`expected JSON but got ${type.split(';')[0] || 'no content type'}`);
    const text = await response.text();
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return fail('invalid JSON');
    }
  } catch {
    if (signal.aborted) return undefined;
    return fail(timeout.aborted ? `no answer within ${timeoutMs / 1000} s` : 'network error');
  }
}
