/** The address to share: this page, without query parameters that would pick another design, plus the fragment. */
export function shareUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, fragment: string): string {
  const params = new URLSearchParams(location.search);
  params.delete('design');
  params.delete('example');
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}#${fragment}`;
}
