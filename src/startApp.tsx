/** Opens the app: the store, the design it starts with (see persist/startup.ts) and the React tree. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createDesignStore } from './store/designStore.ts';
import { openDesignUrl, type ReadUrl } from './store/openDesignUrl.ts';
import { openStartDesign } from './io/openStartDesign.ts';
import { forView } from './io/parseForView.ts';
import { prepareView } from './io/prepareView.ts';
import { isExampleId } from './persist/examples.ts';
import { startPersistence } from './persist/startPersistence.ts';

/** `readUrl` reads a bundled design file in the worker (the one the address names may already be on its way). */
export function startApp(readUrl: ReadUrl): void {
  // `?example=faults` opens another bundled example; only the listed ones, so the query cannot reach other files
  // (openStartDesign refuses any other name with a message)
  const requested = new URLSearchParams(window.location.search).get('example');
  const known = requested !== null && isExampleId(requested);
  const example = known ? requested : 'two-building-lr4';
  const exampleUrl = `${import.meta.env.BASE_URL}examples/${example}.fabric.json`;
  const readForView = forView(readUrl);

  const store = createDesignStore();
  // a share link (#design=), ?design=examples/NAME.fabric.json or ?example= comes first; then the autosaved design; the example otherwise
  void startPersistence(store, {
    openFromAddress: (openDefault) => openStartDesign(store, window, openDefault, import.meta.env.BASE_URL, readForView),
    exampleRequested: known,
    openExample: () => openDesignUrl(store, exampleUrl, readForView),
    prepareView,
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
