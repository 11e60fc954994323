/** File names derived from the design name: lower-case, ASCII, dash-separated, never empty. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'design';
}

export const designFileName = (name: string) => `${slugOf(name)}.fabric.json`;

/** `cutsheet` is the cable schedule; `cords` and `trunks` its installer task sheets. */
export const csvFileName = (name: string, what: 'bom' | 'cutsheet' | 'cords' | 'trunks') => `${slugOf(name)}.${what}.csv`;
