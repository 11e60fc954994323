import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './App.tsx';
import { createDesignStore } from './store/designStore.ts';
import { openDesignUrl } from './store/openDesignUrl.ts';

const EXAMPLE = `${import.meta.env.BASE_URL}examples/two-building-lr4.fabric.json`;

const store = createDesignStore();
void openDesignUrl(store, EXAMPLE);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
