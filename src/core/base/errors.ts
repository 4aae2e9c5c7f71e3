import type { ValidationIssue } from '../../schema/validate.js';

export type { ValidationIssue };

export const ERROR_EVENT = 'essay-widget-error';

export interface EssayWidgetErrorDetail {
  /** The tag of the element that could not use its data. */
  tag: string;
  errors: ValidationIssue[];
}

declare global {
  interface HTMLElementEventMap {
    'essay-widget-error': CustomEvent<EssayWidgetErrorDetail>;
  }
}

/** `principles[2].name: expected a non-empty string` (a top-level problem has no path). */
export function describeIssue({ path, message }: ValidationIssue): string {
  return path ? `${path}: ${message}` : message;
}

/**
 * Tells the page that `el` could not use its data: one bubbling, composed
 * `essay-widget-error` event with every problem, and one `console.warn` naming the first.
 */
export function reportErrors(el: HTMLElement, errors: ValidationIssue[]): void {
  const tag = el.localName;
  console.warn(`${tag}: ${describeIssue(errors[0])}`);
  el.dispatchEvent(
    new CustomEvent<EssayWidgetErrorDetail>(ERROR_EVENT, {
      bubbles: true,
      composed: true,
      detail: { tag, errors },
    }),
  );
}
