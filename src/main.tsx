/**
 * The page's first script, kept small: it starts reading the design the address names (in a worker),
 * then loads the libraries, the file format and the app, each evaluated in a task of its own, so that start-up holds
 * the page in no single long task and the file downloads while the code evaluates.
 */
import '@xyflow/react/dist/style.css';
import './index.css';
import { earlyReads } from './io/earlyReads.ts';
import { designReader } from './io/parseInWorker.ts';

const readUrl = earlyReads(window.location, import.meta.env.BASE_URL, designReader);

import('./libraries.ts')
  // the file format, catalog and schema library, shared with the reading worker's code
  .then(() => import('./persist/savedState.ts'))
  .then(() => import('./startApp.tsx'))
  .then(({ startApp }) => startApp(readUrl))
  .catch((err: unknown) => {
    const root = document.getElementById('root');
    if (root) root.textContent = `The app could not start: ${err instanceof Error ? err.message : String(err)}. Reload the page to try again.`;
    throw err;
  });
