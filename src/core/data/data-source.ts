/**
 * Where an element's data comes from, in the order of precedence: the `data` property, a child
 * `<script type="application/json">`, the `data-json` attribute, the JSON file at `src`, or
 * attributes and light-DOM markup. The data is checked against the element's schema; a `src` is fetched with the newest
 * winning over any fetch still in flight, and removing the element aborts its fetch.
 */
import { isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { GenericSchema } from 'valibot';
import { validate, type ValidationIssue } from '../../schema/validate.js';
import { reportErrors } from '../base/errors.js';
import { warmUp } from '../i18n/i18n.js';
import { GENERATED } from '../base/generated.js';

/** Where the data on show came from. */
export type Origin = 'data' | 'script' | 'attribute' | 'src' | 'light';

export type View<T> =
  | { kind: 'empty' }
  | { kind: 'loading'; src: string }
  | { kind: 'ready'; value: T; origin: Origin; src?: string }
  | { kind: 'error'; errors: ValidationIssue[]; origin: Origin; src?: string };

export type Loaded = { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };

/** What the data source needs of its element. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | undefined;
}

export interface SourceOptions {
  /** The schema the data must satisfy. */
  schema: GenericSchema;
  /** Reads data from attributes and light-DOM markup; `undefined` when there is none. */
  readLightDom: () => unknown;
  /** The element's properties, besides `data` and `src`, that `readLightDom` reads. */
  lightProperties: readonly string[];
  /** True while the element is to hydrate server-rendered HTML (from its inline JSON). */
  hydrating: () => boolean;
  /** True while the element waits for something else before it can render (its strings). */
  waiting: () => boolean;
}

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

/** The attribute that carries an element's data as JSON, where no script survives (a CMS's sanitizer). */
export const JSON_ATTRIBUTE = 'data-json';

/** Parses JSON given inline (a script's text or the `data-json` attribute); errors are reported at `path`. */
function readJson(text: string, path: string): Loaded {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [{ path, message: `invalid JSON: ${(error as Error).message}` }] };
  }
}

/**
 * What an element that holds markup but no data says: a sanitizer may have kept the element and
 * its readable copy, and removed the data.
 */
const NO_DATA = 'no data: its data-json, inline JSON or src may have been removed';

/** How long a `src` fetch may take before it is given up. */
export const FETCH_TIMEOUT_MS = 15_000;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Fetches and parses the JSON at `url`. Never rejects: every failure comes back as an error at
 * the path `src` naming the URL and the cause. An aborted load resolves to `undefined`, since
 * nobody is waiting for it any more.
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

/** Light-DOM changes that the element made itself (its readable copy, JSON-LD) are not new data. */
function isOwnMutation(record: MutationRecord): boolean {
  const generated = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest(`[${GENERATED}]`) != null;
  if (generated(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(generated);
}

/** The element's data, from the source that takes precedence, checked. */
export class DataSource<T> implements ReactiveController {
  view: View<T> = { kind: 'empty' };
  /** Problems found since the last report, reported (./errors.ts) after the next update. */
  errors: ValidationIssue[] | undefined;

  readonly #host: SourceHost;
  readonly #options: SourceOptions;
  #changed = true;
  #loading: AbortController | undefined;
  #reported: string | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: SourceHost, options: SourceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver((records) => {
      if (records.some((record) => !isOwnMutation(record))) this.changed();
    });
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: [JSON_ATTRIBUTE],
    });
    // A move aborted a load in flight: take it up again.
    if (this.view.kind === 'loading' && !this.#loading) this.changed();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#stopLoading();
  }

  hostUpdated(): void {
    const host = this.#host;
    // While its data or strings load, the element says so to assistive technology, to scripts
    // and to essay-widgets.css, which holds the space it will take.
    host.toggleAttribute('aria-busy', this.view.kind === 'loading' || this.#options.waiting());
    const errors = this.errors;
    this.errors = undefined;
    if (errors) reportErrors(host, errors);
    // Data set while the element hydrated: now its turn.
    if (this.#changed) host.requestUpdate();
  }

  /** The element's light DOM or inline JSON changed: look for the data again. */
  changed(): void {
    this.#changed = true;
    this.#host.requestUpdate();
  }

  /** Looks for the data again when a source of it changed; called before each render. */
  update(changed: PropertyValues): void {
    const sourceChanged =
      this.#changed ||
      changed.has('data') ||
      changed.has('src') ||
      this.#options.lightProperties.some((name) => changed.has(name));
    if (!sourceChanged) return;
    this.#changed = false;
    this.#resolve();
  }

  /** Adds problems found while rendering, to be reported with any others after the update. */
  report(errors: ValidationIssue[]): void {
    this.errors = [...(this.errors ?? []), ...errors];
  }

  /** A render of the data threw: reports why, and gives what to show instead. */
  renderFailed(error: unknown): View<T> {
    const errors = [{ path: '', message: `could not render: ${(error as Error)?.message ?? error}` }];
    this.report(errors);
    return { kind: 'error', errors, origin: 'data' };
  }

  #resolve(): void {
    const host = this.#host;
    const script = isServer ? undefined : findInlineJson(host);
    if (host.data !== undefined) {
      if (!script || !this.#options.hydrating()) {
        this.#stopLoading();
        this.#settle({ ok: true, value: host.data }, 'data');
        return;
      }
      // Hydration renders what the server rendered (its inline JSON); the data set since, next.
      this.#changed = true;
    }
    if (isServer) return;
    if (script) {
      this.#stopLoading();
      this.#settle(readJson(script.textContent ?? '', 'script'), 'script');
      return;
    }
    const json = host.getAttribute(JSON_ATTRIBUTE);
    if (json !== null) {
      this.#stopLoading();
      this.#settle(readJson(json, JSON_ATTRIBUTE), 'attribute');
      return;
    }
    const src = host.src?.trim();
    if (src) {
      this.#load(src);
      return;
    }
    this.#stopLoading();
    const value = this.#options.readLightDom();
    if (value !== undefined) {
      this.#settle({ ok: true, value }, 'light');
      return;
    }
    const before = this.view;
    this.view = { kind: 'empty' };
    // Content from the start but no data: the content stays in view (the slot shows it), and the
    // page is told, once the parser has given the element all of its content.
    if (before.kind !== 'empty' || !host.childElementCount) return;
    if (document.readyState === 'loading') this.#afterParsing();
    else this.#report([{ path: '', message: NO_DATA }]);
  }

  #load(src: string): void {
    const view = this.view;
    const current = view.kind === 'loading' || (view.kind !== 'empty' && view.origin === 'src');
    if (current && view.src === src && (view.kind !== 'loading' || this.#loading)) return;
    this.#stopLoading();
    // The formatters are made while the data loads (data at hand makes them as it renders).
    warmUp();
    const controller = new AbortController();
    this.#loading = controller;
    this.view = { kind: 'loading', src };
    void loadJson(src, controller.signal).then((loaded) => {
      if (!loaded || this.#loading !== controller) return;
      this.#loading = undefined;
      this.#settle(loaded, 'src', src);
      this.#host.requestUpdate();
    });
  }

  #stopLoading(): void {
    this.#loading?.abort();
    this.#loading = undefined;
  }

  #settle(loaded: Loaded, origin: Origin, src?: string): void {
    const result = loaded.ok ? validate(this.#options.schema, loaded.value) : loaded;
    if (result.ok) {
      this.view = { kind: 'ready', value: result.value as T, origin, src };
      this.#reported = undefined;
      return;
    }
    // While the page is still being parsed, the element's markup may be incomplete.
    if ((origin === 'script' || origin === 'light') && document.readyState === 'loading') {
      this.view = { kind: 'empty' };
      this.#afterParsing();
      return;
    }
    const errors =
      loaded.ok && src
        ? result.errors.map((error) => ({ ...error, message: `${error.message} (in ${src})` }))
        : result.errors;
    this.view = { kind: 'error', errors, origin, src };
    this.#report(errors);
  }

  /** Looks again once the page has been parsed. */
  #afterParsing(): void {
    document.addEventListener('DOMContentLoaded', () => this.changed(), { once: true });
  }

  /** Reports `errors` after the next update, unless they are the ones reported last. */
  #report(errors: ValidationIssue[]): void {
    // The same problems found again (an unrelated light-DOM change) are not news.
    const key = JSON.stringify(errors);
    if (key !== this.#reported) this.errors = errors;
    this.#reported = key;
  }
}
