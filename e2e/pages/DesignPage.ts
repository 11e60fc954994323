/** The app as a user sees it: the canvas and the design summary, located by role and accessible name. */
import { expect, type Locator, type Page } from '@playwright/test';
import { viewAtRest } from '../canvasView.ts';

export type NodeKind = 'Building' | 'Hall' | 'Rack' | 'Switch';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class DesignPage {
  readonly canvas: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('application', { name: 'Fabric canvas' });
    this.summary = page.getByRole('complementary', { name: 'Design summary' });
  }

  /** Opens the app on the default example, or on `?example=<name>`, and waits until the view has fitted it. */
  async open(example?: string): Promise<void> {
    await this.page.goto(example ? `/?example=${example}` : '/');
    await expect(this.canvas).toBeVisible();
    await viewAtRest(this.page);
  }

  get designName(): Locator {
    return this.summary.getByRole('heading', { level: 1 });
  }

  /** A building, hall, rack or switch on the canvas (its accessible name starts "Rack GPU pod A"). */
  node(kind: NodeKind, name: string): Locator {
    return this.canvas.getByRole('group', { name: new RegExp(`^${kind} ${escapeRegExp(name)}(:|$)`) });
  }

  /** A link group's edge; its accessible name reads "Link group 32 × 400G-LR4-10 · 2.3 km from Leaf A to Spine B: OK". */
  linkGroup(from: string, to: string): Locator {
    return this.canvas.getByRole('group', { name: new RegExp(`^Link group .* from ${escapeRegExp(from)} to ${escapeRegExp(to)}:`) });
  }

  /** The visible label drawn on a link group's edge. */
  edgeLabel(text: string | RegExp): Locator {
    return this.canvas.getByText(text);
  }

  /** The number shown in the Totals table for `label`, as a number (thousands separators and units dropped). */
  async total(label: string): Promise<number> {
    const row = this.summary.getByRole('table', { name: 'Totals' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
    const text = await row.getByRole('cell').innerText();
    return Number(text.replace(/[^\d.-]/g, ''));
  }

  get findings(): Locator {
    return this.summary.getByRole('region', { name: 'Findings' }).getByRole('button');
  }

  bomTable(name: 'Devices' | 'Transceiver modules'): Locator {
    return this.summary.getByRole('table', { name });
  }
}
