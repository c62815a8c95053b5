/**
 * Props for a scroll area's viewport that keyboard users can focus and scroll (WCAG 2.1.1): a
 * table wider or taller than its box may hold nothing else to tab to.
 */
export function keyboardScrollable(label: string) {
  return { tabIndex: 0, role: 'group', 'aria-label': label } as const;
}
