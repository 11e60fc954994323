import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './App.tsx';
import { createDesignStore } from './store/designStore.ts';
import { openDesignUrl } from './store/openDesignUrl.ts';
import { openStartDesign } from './io/openStartDesign.ts';
import { parseForView } from './io/parseForView.ts';
import { isExampleId } from './persist/examples.ts';
import { startPersistence } from './persist/startPersistence.ts';

// `?example=faults` opens another bundled example; only the listed ones, so the query cannot reach other files
// (openStartDesign refuses any other name with a message)
const requested = new URLSearchParams(window.location.search).get('example');
const known = requested !== null && isExampleId(requested);
const example = known ? requested : 'two-building-lr4';
const EXAMPLE = `${import.meta.env.BASE_URL}examples/${example}.fabric.json`;

const store = createDesignStore();
// a share link (#design=), ?design=examples/NAME.fabric.json or ?example= comes first; then the autosaved design; the example otherwise
void startPersistence(store, {
  openFromAddress: (openDefault) => openStartDesign(store, window, openDefault, import.meta.env.BASE_URL, fetch, parseForView),
  exampleRequested: known,
  openExample: () => openDesignUrl(store, EXAMPLE, fetch, parseForView),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
