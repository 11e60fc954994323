/**
 * `?design=` may name only a bundled example (`examples/NAME.fabric.json` on this site): a link
 * must not make the app fetch from other sites or wander the server's other paths.
 */
export type DesignAddress = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.fabric\.json$/;

/** `baseUrl` is the app's base path (Vite's BASE_URL, e.g. "/"), `origin` the page's origin. */
export function exampleAddress(requested: string, baseUrl: string, origin: string): DesignAddress {
  const refuse = (why: string): DesignAddress => ({
    ok: false,
    message: `"${requested.slice(0, 200)}" ${why}; a ?design= link can only open a file under examples/ on this site, such as examples/faults.fabric.json`,
  });
  let url: URL;
  try {
    url = new URL(requested, new URL(baseUrl, origin));
  } catch {
    return refuse('is not an address');
  }
  if (url.origin !== origin) return refuse('is on another site');
  const folder = `${baseUrl.replace(/\/?$/, '/')}examples/`;
  if (!url.pathname.startsWith(folder)) return refuse('is not under examples/');
  const name = url.pathname.slice(folder.length);
  if (!FILE_NAME.test(name)) return refuse('is not a .fabric.json file directly under examples/');
  return { ok: true, url: `${folder}${name}` };
}
