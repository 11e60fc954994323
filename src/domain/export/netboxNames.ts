/**
 * What NetBox refuses in a name: longer than the model's field (64 characters for devices and
 * interfaces, 100 for sites, locations, racks, device types, manufacturers and cable labels),
 * control characters, or spaces at either end (NetBox strips them, so references would no longer
 * match); and a slug (letters, digits, `-`, `_`) that comes out empty.
 */
export class NameChecks {
  private readonly found = new Set<string>();
  private readonly slugs = new Map<string, string>();

  /** Returns the name unchanged, noting any problem with it. */
  name(what: string, name: string, maxLength: number): string {
    if (name.length === 0) this.found.add(`a ${what} has an empty name`);
    else if (name.length > maxLength) this.found.add(`${what} "${name}" is ${name.length} characters long; NetBox takes at most ${maxLength}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name)) this.found.add(`${what} "${name}" contains a control character (a line break or tab)`);
    if (name.trim() !== name) this.found.add(`${what} "${name}" starts or ends with a space`);
    return name;
  }

  /** NetBox's slug for a name, as its import form expects (`^[-a-zA-Z0-9_]+$`, at most 100). */
  slug(what: string, name: string): string {
    const slug = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
    if (slug === '') this.found.add(`${what} "${name}" has no letter or digit NetBox can make a slug of`);
    const key = `${what}\u0000${slug}`;
    const other = this.slugs.get(key);
    if (other !== undefined && other !== name) this.found.add(`${what}s "${other}" and "${name}" both make the slug "${slug}"; NetBox needs them distinct`);
    else this.slugs.set(key, name);
    return slug;
  }

  /** Notes a problem found outside a name. */
  refuse(problem: string): void {
    this.found.add(problem);
  }

  problems(): string[] {
    return [...this.found];
  }
}
