/**
 * What runs inside the page: a requestAnimationFrame sampler, a long-animation-frame observer and
 * a drag tracker, all timed with the page's own clock (PERFORMANCE.md "Measuring it"). Kept as
 * plain JavaScript text: functions compiled by tsx carry helpers that do not exist in the page.
 */

/** In-page figures for one window of time. */
export interface FrameWindow {
  readonly durationMs: number;
  readonly frames: number;
  readonly fps: number;
  /** Longest gap between two frames: what the user sees as a stutter. */
  readonly maxFrameGapMs: number;
  readonly longFrames: number;
  readonly maxLongFrameMs: number;
  /** Frames in which the canvas viewport moved: zero means the gesture did not reach the canvas. */
  readonly viewportMoves: number;
}

export interface LoadFigures {
  /** Navigation start to the first frame with a node on the canvas. */
  readonly firstNodeMs: number;
  /** Navigation start to the frame after which the mounted element count stopped changing. */
  readonly settledMs: number;
  readonly mountedNodes: number;
  readonly mountedEdges: number;
  /** The longest animation frame before the canvas settled. */
  readonly maxLongFrameMs: number;
}

export interface DragFigures {
  /** Pointer event timestamp to the start of the next frame, per move. */
  readonly moveToFrameMs: readonly number[];
  /** Pointer-up to the frame after the edges or the side panel changed; null when nothing changed. */
  readonly dropToVerdictMs: number | null;
}

/** Installed before the app's scripts (page.addInitScript), so nothing of the load is missed. */
export const PROBE_SCRIPT = `(() => {
  const COUNTED = '.react-flow__node, .react-flow__edge';
  const bench = { frames: [], loafs: [], moves: [], firstNodeAt: null, lastCountChangeAt: null, count: 0, transform: '', drag: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.loafs.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
  const tick = (t) => {
    bench.frames.push(t);
    const count = document.querySelectorAll(COUNTED).length;
    if (count !== bench.count) { bench.count = count; bench.lastCountChangeAt = t; }
    if (bench.firstNodeAt === null && document.querySelector('.react-flow__node')) bench.firstNodeAt = t;
    const transform = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
    if (transform !== bench.transform) { bench.transform = transform; bench.moves.push(t); }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  bench.window = (from, to) => {
    const frames = bench.frames.filter((t) => t >= from && t <= to);
    let maxGap = 0;
    for (let i = 1; i < frames.length; i++) maxGap = Math.max(maxGap, frames[i] - frames[i - 1]);
    const span = frames.length > 1 ? frames[frames.length - 1] - frames[0] : 0;
    const loafs = bench.loafs.filter((l) => l.end >= from && l.start <= to);
    return {
      durationMs: to - from,
      frames: frames.length,
      fps: span > 0 ? ((frames.length - 1) * 1000) / span : 0,
      maxFrameGapMs: maxGap,
      longFrames: loafs.length,
      maxLongFrameMs: loafs.reduce((m, l) => Math.max(m, l.duration), 0),
      viewportMoves: bench.moves.filter((t) => t >= from && t <= to).length,
    };
  };

  bench.load = () => ({
    firstNodeMs: bench.firstNodeAt,
    settledMs: bench.lastCountChangeAt,
    mountedNodes: document.querySelectorAll('.react-flow__node').length,
    mountedEdges: document.querySelectorAll('.react-flow__edge').length,
    maxLongFrameMs: bench.loafs.filter((l) => l.start <= bench.lastCountChangeAt).reduce((m, l) => Math.max(m, l.duration), 0),
  });

  // Each pointer move is timed to the next frame; after the drop, the first change to an edge or
  // the side panel (verdicts, lengths, totals) is timed to the frame that shows it. The clock is read
  // inside the frame callback: a frame's own timestamp is taken before its input is handled.
  bench.trackDrag = () => {
    const drag = { moveToFrameMs: [], upAt: null, verdictFrameAt: null };
    bench.drag = drag;
    addEventListener('pointermove', (e) => {
      if (!(e.buttons & 1) || drag.upAt !== null) return;
      requestAnimationFrame(() => drag.moveToFrameMs.push(performance.now() - e.timeStamp));
    }, { capture: true });
    addEventListener('pointerup', (e) => { drag.upAt = e.timeStamp; }, { capture: true, once: true });
    const watched = [...document.querySelectorAll('.react-flow__edges, .react-flow__edgelabel-renderer, [aria-label="Design summary"]')];
    const observer = new MutationObserver(() => {
      if (drag.upAt === null || drag.verdictFrameAt !== null) return;
      observer.disconnect();
      requestAnimationFrame(() => { drag.verdictFrameAt = performance.now(); });
    });
    for (const el of watched) observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  bench.dragResult = () => ({
    moveToFrameMs: bench.drag.moveToFrameMs,
    dropToVerdictMs: bench.drag.verdictFrameAt === null ? null : bench.drag.verdictFrameAt - bench.drag.upAt,
  });

  // A keystroke's edit, timed from the key event to the frame after the canvas or the side panel changed.
  bench.armEdit = () => {
    const edit = { keyAt: null, shownAt: null };
    bench.edit = edit;
    addEventListener('keydown', (e) => { if (edit.keyAt === null) edit.keyAt = e.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (edit.keyAt === null) return;
      observer.disconnect();
      requestAnimationFrame(() => { edit.shownAt = performance.now(); });
    });
    for (const el of document.querySelectorAll('.react-flow, [aria-label="Design summary"]')) observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  bench.editMs = () => (bench.edit && bench.edit.shownAt !== null ? bench.edit.shownAt - bench.edit.keyAt : null);
  // The first draggable GPU rack whose centre is on screen and not covered, in page pixels.
  bench.visibleRack = () => {
    const pane = document.querySelector('.react-flow__pane');
    if (!pane) return null;
    const view = pane.getBoundingClientRect();
    for (const node of document.querySelectorAll('.react-flow__node-rack.draggable')) {
      const r = node.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(r.height / 2, 20);
      if (x < view.left + 40 || x > view.right - 40 || y < view.top + 40 || y > view.bottom - 120) continue;
      if (node.contains(document.elementFromPoint(x, y))) return { x, y, width: r.width, height: r.height };
    }
    return null;
  };

  // An empty spot of the pane, where a press pans instead of picking a node, edge or control; a
  // fitted design can leave only a thin margin, so the whole pane is scanned.
  bench.emptyPanePoint = () => {
    const pane = document.querySelector('.react-flow__pane');
    if (!pane) return null;
    const r = pane.getBoundingClientRect();
    for (let y = r.top + 24; y < r.bottom - 24; y += 16) {
      for (let x = r.left + 24; x < r.right - 24; x += 16) {
        const el = document.elementFromPoint(x, y);
        if (el && pane.contains(el) && !el.closest('.react-flow__node, .react-flow__edge, .react-flow__edgelabel-renderer > *, .react-flow__panel')) return { x, y };
      }
    }
    return null;
  };
})();`;

/** Calls into the probe from the driver; each returns JSON-safe data. */
export const probe = {
  now: 'performance.now()',
  load: 'window.__bench.load()',
  count: 'window.__bench.count',
  lastCountChangeAt: 'window.__bench.lastCountChangeAt',
  window: (from: number, to: number) => `window.__bench.window(${from}, ${to})`,
  emptyPanePoint: 'window.__bench.emptyPanePoint()',
  visibleRack: 'window.__bench.visibleRack()',
  trackDrag: 'window.__bench.trackDrag()',
  dragResult: 'window.__bench.dragResult()',
  armEdit: 'window.__bench.armEdit()',
  editMs: 'window.__bench.editMs()',
} as const;
