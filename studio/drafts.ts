/**
 * The drafts the studio keeps in the browser's local storage, one per mode (the essay, and
 * each element of single-widget mode), so that a reload or a tab closed by mistake loses
 * nothing. The text is stored as it is (no JSON around it, so that a 2 MB essay takes no more
 * room than it must) and the time it was saved beside it.
 */
import type { Mode } from './messages.js';

/** Every key the studio uses starts with this. */
export const DRAFT_PREFIX = 'essay-widgets-studio:';

/** What a save came to: kept, refused for lack of room, or no storage at all (blocked, private mode). */
export type Saved = 'saved' | 'full' | 'unavailable';

export interface Draft {
  text: string;
  /** When it was saved; unknown if that was not recorded. */
  savedAt: Date | undefined;
}

const textKey = (mode: Mode) => `${DRAFT_PREFIX}draft:${mode}`;
const timeKey = (mode: Mode) => `${DRAFT_PREFIX}saved:${mode}`;
const MODE_KEY = `${DRAFT_PREFIX}mode`;

function isQuotaError(error: unknown): boolean {
  // Firefox named it NS_ERROR_DOM_QUOTA_REACHED before it took the standard name.
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export class Drafts {
  readonly #storage: Storage | undefined;

  constructor() {
    try {
      // Reading localStorage throws where the browser forbids storage to the page.
      this.#storage = window.localStorage;
    } catch {
      this.#storage = undefined;
    }
  }

  read(mode: Mode): Draft | undefined {
    const text = this.#get(textKey(mode));
    if (text === undefined) return undefined;
    const time = new Date(this.#get(timeKey(mode)) ?? NaN);
    return { text, savedAt: Number.isNaN(time.getTime()) ? undefined : time };
  }

  /** Keeps `text` as the draft of `mode`; the draft before stays if there is no room for this one. */
  write(mode: Mode, text: string, now = new Date()): Saved {
    if (!this.#storage) return 'unavailable';
    try {
      this.#storage.setItem(textKey(mode), text);
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
    try {
      this.#storage.setItem(timeKey(mode), now.toISOString());
    } catch {
      // The text is kept; without its time, the note on restoring says no time.
      this.#remove(timeKey(mode));
    }
    return 'saved';
  }

  remove(mode: Mode): void {
    this.#remove(textKey(mode));
    this.#remove(timeKey(mode));
  }

  /** The mode last written in, to open in again. */
  get mode(): string | undefined {
    return this.#get(MODE_KEY);
  }

  set mode(mode: Mode) {
    try {
      this.#storage?.setItem(MODE_KEY, mode);
    } catch {
      // Opening in the essay next time is no loss.
    }
  }

  #get(key: string): string | undefined {
    try {
      return this.#storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  #remove(key: string): void {
    try {
      this.#storage?.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  }
}
