/**
 * The user's gestures, sent as trusted input through the browser's input pipeline. Each waits for
 * the page to take the previous event, so a slow page also receives fewer events, as a user's would.
 */
import type { Page } from '@playwright/test';
import { probe, type DragFigures, type FrameWindow } from './pageProbe.ts';

const GESTURE_MS = 2000;

/** Runs `step(elapsedMs)` until `ms` have passed and returns the page's frame figures for that time. */
async function timed(page: Page, ms: number, step: (elapsedMs: number) => Promise<void>): Promise<FrameWindow> {
  const from = await page.evaluate<number>(probe.now);
  const start = Date.now();
  for (let elapsed = 0; elapsed < ms; elapsed = Date.now() - start) await step(elapsed);
  const to = await page.evaluate<number>(probe.now);
  const figures = await page.evaluate<FrameWindow>(probe.window(from, to));
  if (figures.viewportMoves === 0) throw new Error('the gesture did not move the canvas viewport');
  return figures;
}

/**
 * Drags empty pane with the middle button in circles of 150 px, one turn a second (a left drag on
 * the pane draws a selection box in the editor; the middle button pans in every version).
 */
export async function pan(page: Page): Promise<FrameWindow> {
  const at = await page.evaluate<{ x: number; y: number } | null>(probe.emptyPanePoint);
  if (!at) throw new Error('no empty spot on the canvas to pan from');
  await page.mouse.move(at.x, at.y);
  await page.mouse.down({ button: 'middle' });
  const figures = await timed(page, GESTURE_MS, async (elapsed) => {
    const angle = (2 * Math.PI * elapsed) / 1000;
    await page.mouse.move(at.x + 150 * (Math.cos(angle) - 1), at.y + 150 * Math.sin(angle));
  });
  await page.mouse.up({ button: 'middle' });
  return figures;
}

/**
 * Ctrl+wheel over the canvas centre (what a trackpad pinch sends; a plain wheel pans in the editor),
 * in cycles of ten steps in and ten out, so the view ends at the zoom it began with.
 */
export async function zoom(page: Page): Promise<FrameWindow> {
  const box = await page.getByRole('application', { name: 'Fabric canvas' }).boundingBox();
  if (!box) throw new Error('the canvas is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  try {
    return await timed(page, GESTURE_MS, async () => {
      for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -60 : 60);
    });
  } finally {
    await page.keyboard.up('Control');
  }
}

interface RackSpot {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Zooms in on a rack until it is as tall on screen as a user would want it before grabbing it. */
async function rackToGrab(page: Page): Promise<RackSpot | null> {
  let rack = await page.evaluate<RackSpot | null>(probe.visibleRack);
  await page.keyboard.down('Control');
  for (let i = 0; rack && rack.height < 40 && i < 40; i++) {
    await page.mouse.move(rack.x, rack.y);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
    rack = await page.evaluate<RackSpot | null>(probe.visibleRack);
  }
  await page.keyboard.up('Control');
  return rack;
}

export interface DragRun extends DragFigures {
  /** From press to release. */
  readonly during: FrameWindow;
  /** The second after release: the drop's re-analysis and redraw. */
  readonly afterDrop: FrameWindow;
}

/**
 * Drags a GPU rack on screen down by one and a half of its heights (into the next floor row) in 40
 * moves, or returns null while the canvas has no draggable nodes (the read-only view).
 */
export async function drag(page: Page): Promise<DragRun | null> {
  // the drag starts from the whole design in view, as after opening it
  const fit = page.locator('.react-flow__controls-fitview');
  if (await fit.count()) {
    await fit.click();
    await page.waitForTimeout(300);
  }
  const rack = await rackToGrab(page);
  if (!rack) return null;
  await page.evaluate(probe.trackDrag);
  await page.mouse.move(rack.x, rack.y);
  const pressed = await page.evaluate<number>(probe.now);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(rack.x, rack.y + (i * 1.5 * rack.height) / 40);
  await page.mouse.up();
  const released = await page.evaluate<number>(probe.now);
  // a second is far more than any target for the drop to show
  await page.waitForTimeout(1000);
  const settled = await page.evaluate<number>(probe.now);
  return {
    ...(await page.evaluate<DragFigures>(probe.dragResult)),
    during: await page.evaluate<FrameWindow>(probe.window(pressed, released)),
    afterDrop: await page.evaluate<FrameWindow>(probe.window(released, settled)),
  };
}

export interface EditRun {
  /** Key press to the frame showing the change, ms: a link group's count (Enter in the inspector), delete a switch group, undo, redo. */
  readonly countMs: number;
  readonly deleteMs: number;
  readonly undoMs: number;
  readonly redoMs: number;
}

/** Finds a switch group by name, which selects and reveals it, and waits out the reveal's animation and the detail it opens. */
async function findSwitch(page: Page, switchName: string): Promise<void> {
  const find = page.getByRole('combobox', { name: 'Find an item by name' });
  await find.fill(switchName);
  await find.press('Enter');
  await find.blur();
  await page.waitForTimeout(1500);
}

/** Times from a key press to the frame after the canvas or the side panel changed. */
async function timedKey(page: Page, press: () => Promise<void>): Promise<number> {
  await page.evaluate(probe.armEdit);
  await press();
  await page.waitForFunction(`${probe.editMs} !== null`, null, { timeout: 30_000, polling: 50 });
  const ms = await page.evaluate<number>(probe.editMs);
  await page.waitForTimeout(500);
  return ms;
}

/** The Count field of the switch group's first link group, opened from the switch's inspector. */
async function linkCountField(page: Page, switchName: string) {
  await findSwitch(page, switchName);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('region', { name: 'Link groups' }).getByRole('button').first().click();
  const field = inspector.getByRole('textbox', { name: 'Count', exact: true });
  await field.waitFor();
  return field;
}

/**
 * Changes a link group's count (one fewer, typed and committed with Enter), then deletes the switch
 * group, undoes and redoes, each timed from the key press to the frame that shows it.
 */
export async function edit(page: Page, switchName: string): Promise<EditRun> {
  const count = await linkCountField(page, switchName);
  await count.fill(String(Number(await count.inputValue()) - 1));
  const countMs = await timedKey(page, () => count.press('Enter'));
  await findSwitch(page, switchName);
  return {
    countMs,
    deleteMs: await timedKey(page, () => page.keyboard.press('Delete')),
    undoMs: await timedKey(page, () => page.keyboard.press('Control+z')),
    redoMs: await timedKey(page, () => page.keyboard.press('Control+Shift+z')),
  };
}

/**
 * What 200 undo steps hold in the page: the JavaScript heap after a garbage collection, before and
 * after 200 edits of a link group's count (needs Chromium's --expose-gc and precise memory info).
 */
export async function undoHistoryBytes(page: Page, switchName: string, edits = 200): Promise<number> {
  const count = await linkCountField(page, switchName);
  const start = Number(await count.inputValue());
  const heap = `(async () => { for (let i = 0; i < 3; i++) { gc(); await new Promise((r) => setTimeout(r, 100)); } return performance.memory.usedJSHeapSize; })()`;
  const before = await page.evaluate<number>(heap);
  for (let i = 1; i <= edits; i++) {
    await count.fill(String(start - (i % 2)));
    await count.press('Enter');
  }
  await page.waitForTimeout(1000);
  const undoable = await page.getByRole('button', { name: /^Undo/ }).first().isEnabled();
  if (!undoable) throw new Error('the edits left nothing to undo');
  return (await page.evaluate<number>(heap)) - before;
}
