/**
 * Counts the renders of the canvas's node and edge components, without a test hook in the app: the
 * page is given a stand-in for React DevTools' global hook before it loads, and React (production
 * builds too) reports each commit to it. A commit's tree is walked the way DevTools walks it: only
 * into subtrees React reconciled, counting the function components that did work (React's
 * PerformedWork flag). A node component is the one React Flow hands `positionAbsoluteX`; an edge
 * component the one it hands `sourceX`. Both are keyed by their `id` prop. Renders inside the side
 * panel's sections are counted per section, named by the section's heading (the totals by their
 * table's name), found from the first element the component rendered.
 */
import type { Page } from '@playwright/test';

export interface RenderCounts {
  readonly nodes: Record<string, number>;
  readonly edges: Record<string, number>;
}

declare global {
  interface Window {
    __renderCounts?: { nodes: Record<string, number>; edges: Record<string, number> };
    __panelRenders?: Record<string, number>;
  }
}

/** Call before the page loads (before `goto`). */
export async function countRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Fiber = { tag: number; flags: number; alternate: Fiber | null; child: Fiber | null; sibling: Fiber | null; memoizedProps: unknown; stateNode: unknown };
    const FUNCTION = 0;
    const HOST = 5;
    const FORWARD_REF = 11;
    const SIMPLE_MEMO = 15;
    const PERFORMED_WORK = 1;
    const counts = { nodes: {} as Record<string, number>, edges: {} as Record<string, number> };
    window.__renderCounts = counts;
    const panel: Record<string, number> = {};
    window.__panelRenders = panel;
    const firstElement = (fiber: Fiber): Element | null => {
      if (fiber.tag === HOST) return fiber.stateNode as Element;
      for (let child = fiber.child; child; child = child.sibling) {
        const found = firstElement(child);
        if (found) return found;
      }
      return null;
    };
    const sectionOf = (el: Element | null): string | null => {
      if (!el?.isConnected || !el.closest('[aria-label="Design summary"]')) return null;
      if (el.closest('table[aria-label="Totals"]')) return 'Totals';
      const heading = el.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby');
      return heading ? (document.getElementById(heading)?.textContent ?? null) : null;
    };
    const tally = (fiber: Fiber) => {
      if (fiber.tag !== FUNCTION && fiber.tag !== FORWARD_REF && fiber.tag !== SIMPLE_MEMO) return;
      if (fiber.alternate && !(fiber.flags & PERFORMED_WORK)) return;
      const section = sectionOf(firstElement(fiber));
      if (section) panel[section] = (panel[section] ?? 0) + 1;
      const props = fiber.memoizedProps as Record<string, unknown> | null;
      if (!props || typeof props.id !== 'string') return;
      const into = 'positionAbsoluteX' in props ? counts.nodes : 'sourceX' in props ? counts.edges : null;
      if (into) into[props.id] = (into[props.id] ?? 0) + 1;
    };
    const walk = (fiber: Fiber) => {
      tally(fiber);
      // children React did not reconcile this commit are the very same objects as before: skip them
      if (fiber.alternate && fiber.child === fiber.alternate.child) return;
      for (let child = fiber.child; child; child = child.sibling) walk(child);
    };
    let renderers = 0;
    Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
      value: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => ++renderers,
        checkDCE: () => undefined,
        onScheduleFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        onCommitFiberRoot: (_id: number, root: { current: Fiber }) => walk(root.current),
      },
    });
  });
}

/**
 * Resolves after `frames` animation frames of the page: a pause measured in the page's own progress, so a
 * loaded machine (fewer frames a second) waits longer rather than cutting the pause short.
 */
export async function afterFrames(page: Page, frames: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/** The renders counted since the last call (each call starts the count afresh). */
export async function takeRenders(page: Page): Promise<RenderCounts> {
  return page.evaluate(() => {
    const counts = window.__renderCounts!;
    const taken = { nodes: { ...counts.nodes }, edges: { ...counts.edges } };
    counts.nodes = {};
    counts.edges = {};
    return taken;
  });
}

/** Renders of components inside each side-panel section since the last call, by section name. */
export async function takePanelRenders(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const panel = window.__panelRenders!;
    const taken = { ...panel };
    for (const key of Object.keys(panel)) delete panel[key];
    return taken;
  });
}
