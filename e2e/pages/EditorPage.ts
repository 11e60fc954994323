/**
 * The editor as a new user works it: the palette, the toolbar, the canvas's cards and their connect
 * grips, the place and connect dialogs. Everything is found by role and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { viewAtRest } from '../canvasView.ts';
import { DesignPage } from './DesignPage.ts';

export type PaletteItem = 'Building' | 'Hall' | 'GPU rack' | 'Network rack' | 'Management rack' | 'Switch';

export class EditorPage extends DesignPage {
  readonly palette: Locator;
  readonly toolbar: Locator;

  constructor(page: Page) {
    super(page);
    this.palette = page.getByRole('toolbar', { name: 'Palette' });
    this.toolbar = page.getByRole('toolbar', { name: 'Editor' });
  }

  /** Opens the app and starts an empty design from the header's "New design". */
  async openEmpty(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'New design' }).click();
    await this.page.getByRole('dialog', { name: 'Start a new design?' }).getByRole('button', { name: 'Start new design' }).click();
    await expect(this.canvas.getByText('An empty design')).toBeVisible();
  }

  paletteItem(item: PaletteItem): Locator {
    return this.palette.getByRole('button', { name: item, exact: true });
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** Drags a palette item onto the canvas or a card, to the point `at` of it (see `pointIn`). */
  async dragFromPalette(item: PaletteItem, onto: Locator, at: { x: number; y: number }): Promise<void> {
    await this.ensureInView(onto);
    // the drop lands wherever the point is, card or container: the editor reads the canvas position
    await this.paletteItem(item).dragTo(onto, { targetPosition: await this.pointIn(onto, at), force: true });
  }

  /** Fits the view when `target` is not wholly on the canvas, as a user would before dropping on it. */
  async ensureInView(target: Locator): Promise<void> {
    if (target === this.canvas) return;
    const [box, view] = await Promise.all([target.boundingBox(), this.canvas.boundingBox()]);
    if (box && view && box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height) return;
    await this.fitView();
  }

  /** A point of `target`: each coordinate in pixels from its top-left, or as a fraction of its size when below 1. */
  private async pointIn(target: Locator, at: { x: number; y: number }): Promise<{ x: number; y: number }> {
    const box = await target.boundingBox();
    if (!box) throw new Error('target is not on screen');
    return { x: at.x < 1 ? box.width * at.x : at.x, y: at.y < 1 ? box.height * at.y : at.y };
  }

  async fitView(): Promise<void> {
    await this.tool('Fit view').click();
    // the view glides to the fit: measure nothing on screen before it is there
    await viewAtRest(this.page);
  }

  /** The place dialog that opens for racks and switches. */
  get placeDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Place / });
  }

  /** Accepts the place dialog, after setting the fields given. */
  async place(fields: { name?: string; model?: string; role?: string; quantity?: number } = {}): Promise<void> {
    const dialog = this.placeDialog;
    await expect(dialog).toBeVisible();
    if (fields.name !== undefined) await dialog.getByLabel('Name').fill(fields.name);
    if (fields.model !== undefined) await dialog.getByLabel(/model$/).selectOption({ label: fields.model });
    if (fields.role !== undefined) await dialog.getByLabel('Role').selectOption(fields.role);
    if (fields.quantity !== undefined) await dialog.getByLabel(/^(Racks|Switches)$/).fill(String(fields.quantity));
    await dialog.getByRole('button', { name: 'Place' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Types a name into the in-place rename field that a new building or hall opens with. */
  async nameNew(current: string, name: string): Promise<void> {
    const field = this.canvas.getByRole('textbox', { name: `Name of ${current}` });
    await field.fill(name);
    await field.press('Enter');
    await expect(field).toBeHidden();
  }

  /** Places a building on empty canvas at `at` and names it. */
  async addBuilding(name: string, at: { x: number; y: number }): Promise<void> {
    const before = await this.canvas.getByRole('textbox').count();
    expect(before).toBe(0);
    await this.dragFromPalette('Building', this.canvas, at);
    const field = this.canvas.getByRole('textbox', { name: /^Name of Building \d+$/ });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.node('Building', name)).toBeVisible();
  }

  async addHall(name: string, building: string): Promise<void> {
    await this.dragFromPalette('Hall', this.node('Building', building), { x: 0.3, y: 0.6 });
    const field = this.canvas.getByRole('textbox', { name: /^Name of Hall \d+$/ });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.node('Hall', name)).toBeVisible();
  }

  /** Drops a palette item on a hall's floor, `at` pixels into the hall. */
  async addToHall(item: PaletteItem, hall: string, fields: Parameters<EditorPage['place']>[0], at = { x: 0.2, y: 0.3 }): Promise<void> {
    await this.dragFromPalette(item, this.node('Hall', hall), at);
    await this.place(fields);
  }

  /** The grip on a card's right edge that starts a connection. */
  connectGrip(name: string): Locator {
    return this.canvas.getByLabel(`Connect from ${name}`, { exact: true });
  }

  /** Draws a connection from `from`'s grip to the middle of `to`'s card and lets go. */
  async connect(from: string, to: Locator, whileOver?: () => Promise<void>): Promise<void> {
    await this.ensureInView(to);
    const grip = this.connectGrip(from);
    await grip.hover({ force: true });
    const start = await grip.boundingBox();
    const end = await to.boundingBox();
    if (!start || !end) throw new Error('grip or target not on screen');
    const mouse = this.page.mouse;
    await mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await mouse.down();
    await mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
    if (whileOver) await whileOver();
    await mouse.up();
  }

  get connectDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Connect / });
  }

  /** Shows the connect dialog's optics of one rate ("400G"), or of all rates. */
  async showRate(rate: string): Promise<void> {
    await this.connectDialog.getByRole('radiogroup', { name: 'Rate' }).getByRole('radio', { name: rate }).click();
  }

  /** Picks an optic in the connect dialog (by its name, e.g. "400G-LR4-10") and creates the link group. */
  async chooseOptic(optic: string | RegExp, count?: number): Promise<void> {
    const dialog = this.connectDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByRole('table').getByRole('radio', { name: optic }).check();
    if (count !== undefined) await dialog.getByLabel('Links').fill(String(count));
    await dialog.getByRole('button', { name: 'Create link group' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Drags a card by its title to a point of `onto` (pixels, or fractions of its size), holding it while `whileOver` runs. */
  async moveNode(node: Locator, onto: Locator, at: { x: number; y: number }, whileOver?: () => Promise<void>): Promise<void> {
    await this.ensureInView(onto);
    await this.ensureInView(node);
    const from = await node.boundingBox();
    const target = await onto.boundingBox();
    if (!from || !target) throw new Error('node or target not on screen');
    const point = await this.pointIn(onto, at);
    const mouse = this.page.mouse;
    await mouse.move(from.x + 12, from.y + 8);
    await mouse.down();
    await mouse.move(from.x + 30, from.y + 20, { steps: 4 });
    await mouse.move(target.x + point.x, target.y + point.y, { steps: 16 });
    if (whileOver) await whileOver();
    await mouse.up();
  }

  /** Drags a card by its title by (dx, dy) screen pixels, holding it while `whileOver` runs. */
  async moveBy(node: Locator, dx: number, dy: number, whileOver?: () => Promise<void>): Promise<void> {
    await this.ensureInView(node);
    const from = await node.boundingBox();
    if (!from) throw new Error('node not on screen');
    const mouse = this.page.mouse;
    await mouse.move(from.x + 12, from.y + 8);
    await mouse.down();
    await mouse.move(from.x + 12 + dx, from.y + 8 + dy, { steps: 16 });
    if (whileOver) await whileOver();
    await mouse.up();
  }

  /** A refusal (or other alert) that says `text`. */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** A link group's verdict word ("OK", "Warning", "Error") from its accessible name. */
  async verdict(from: string, to: string): Promise<string> {
    const name = (await this.linkGroup(from, to).getAttribute('aria-label')) ?? '';
    return name.slice(name.lastIndexOf(':') + 1).trim();
  }
}
