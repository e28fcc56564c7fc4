const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Whether a person could Tab to `element` (present in the layout; inert or hidden subtrees are skipped). */
function reachable(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && !element.closest('[inert], [hidden], [aria-hidden="true"]');
}

/**
 * Moves focus to the first element a person could Tab to after `container` (before it with `backwards`), as Tab
 * would if the editor did not keep it. Returns false when there is none.
 */
export function focusOutside(container: HTMLElement, backwards: boolean): boolean {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (e) => !container.contains(e) && reachable(e),
  );
  const after = (e: HTMLElement): boolean =>
    (container.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? candidates.filter((e) => !after(e)).at(-1) : candidates.find(after);
  if (!target) return false;
  target.focus();
  return true;
}
