/** The inspector in the side panel and the autosave controls, located by role and accessible name. */
import type { Locator, Page } from '@playwright/test';

export class InspectorPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('complementary', { name: 'Design summary' }).getByRole('region', { name: 'Inspector' });
  }

  get title(): Locator {
    return this.region.getByRole('heading', { level: 2 });
  }

  field(label: string): Locator {
    return this.region.getByRole('textbox', { name: label, exact: true });
  }

  select(label: string): Locator {
    return this.region.getByRole('combobox', { name: label, exact: true });
  }

  /** A small field inside a labelled group, e.g. group "Attenuation (dB/km)", field "OS2". */
  groupField(group: string, label: string): Locator {
    return this.region.getByRole('group', { name: group }).getByRole('textbox', { name: label, exact: true });
  }

  table(name: 'Length breakdown' | 'Loss budget' | 'Modules at each end'): Locator {
    return this.region.getByRole('table', { name });
  }

  /** The figure in a row of a table, by the row's header text. */
  rowValue(table: Locator, header: string | RegExp): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: header }) }).getByRole('cell');
  }

  /** Types into a field and commits it as a user would, with Enter. */
  async enter(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    await field.press('Enter');
  }

  get autosave(): Locator {
    return this.page.getByRole('status', { name: 'Autosave' });
  }
}
