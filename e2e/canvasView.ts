/** The canvas's view as the user changes it: Ctrl+wheel notches, and the zoom the view is at. */
import type { Locator, Page } from '@playwright/test';
import type { DesignPage } from './pages/DesignPage.ts';

/** A point on screen, px. */
export type ScreenPoint = { readonly x: number; readonly y: number };

/** The middle of what `locator` draws on screen. */
export async function centreOf(locator: Locator): Promise<ScreenPoint> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Ctrl+wheel over `at` (the middle of the canvas), one notch (about 1.19×) at a time: out for positive notches, in for negative. */
export async function ctrlWheel(page: Page, app: DesignPage, notches: number, at?: ScreenPoint): Promise<void> {
  const { x, y } = at ?? (await centreOf(app.canvas));
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < Math.abs(notches); i++) await page.mouse.wheel(0, Math.sign(notches) * 100);
  await page.keyboard.up('Control');
}

/**
 * Resolves once the canvas's view has stopped moving (a fit or a zoom glides): its transform the same
 * for three animation frames running. Counted in frames, not milliseconds, so a slow machine only waits longer.
 */
export async function viewAtRest(page: Page): Promise<void> {
  await page.locator('.react-flow__viewport').evaluate(
    (viewport) =>
      new Promise<void>((resolve) => {
        let last = '';
        let same = 0;
        const tick = () => {
          const now = getComputedStyle(viewport).transform;
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** The canvas's zoom, read from the transform React Flow puts on its viewport. */
export async function zoomOf(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

/**
 * Ctrl+wheel notch by notch until the zoom is below `zoom` (zooming out) or at least `zoom` (zooming in),
 * over `at` (the middle of the canvas), which stays put on screen; the zoom reached.
 */
export async function wheelTo(page: Page, app: DesignPage, zoom: number, at?: ScreenPoint): Promise<number> {
  const out = (await zoomOf(page)) >= zoom;
  for (let i = 0; i < 40; i++) {
    const now = await zoomOf(page);
    if (out ? now < zoom : now >= zoom) return now;
    await ctrlWheel(page, app, out ? 1 : -1, at);
  }
  throw new Error(`the view did not reach zoom ${zoom}`);
}

/** A text on the canvas and the size it is drawn at on screen, px. */
export interface ScreenText {
  readonly text: string;
  readonly px: number;
}

/**
 * Every visible text on the canvas with its on-screen font size: the computed font size times every
 * scale between it and the screen (the viewport's zoom, a label's CSS scale): the transforms of its
 * HTML ancestors, or an SVG text's screen matrix.
 */
export async function screenTexts(app: DesignPage): Promise<ScreenText[]> {
  return app.canvas.evaluate((canvas) => {
    const bounds = canvas.getBoundingClientRect();
    const found: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(canvas, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right < bounds.left || rect.left > bounds.right || rect.bottom < bounds.top || rect.top > bounds.bottom) continue;
      const fontPx = parseFloat(getComputedStyle(el).fontSize);
      let scale = 1;
      if (el instanceof SVGGraphicsElement) scale = el.getScreenCTM()?.a ?? 1;
      else for (let a: Element | null = el; a && a !== canvas; a = a.parentElement) scale *= new DOMMatrixReadOnly(getComputedStyle(a).transform === 'none' ? undefined : getComputedStyle(a).transform).a;
      found.push({ text, px: Math.round(fontPx * scale * 100) / 100 });
    }
    return found;
  });
}

/**
 * How `targets` lie in the canvas once a design has been fitted to it: all inside it, and together
 * spanning more than 60 % of its width or height (the fit's padding is a few per cent).
 */
export async function fitIn(canvas: Locator, targets: readonly Locator[]): Promise<{ inside: boolean; spans: boolean }> {
  const frame = (await canvas.boundingBox())!;
  const boxes = await Promise.all(targets.map(async (t) => (await t.boundingBox())!));
  const inside = boxes.every((b) => b.x >= frame.x && b.y >= frame.y && b.x + b.width <= frame.x + frame.width && b.y + b.height <= frame.y + frame.height);
  const spanX = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
  const spanY = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
  return { inside, spans: Math.max(spanX / frame.width, spanY / frame.height) > 0.6 };
}
