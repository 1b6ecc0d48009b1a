import 'antd/dist/antd.css';
import './app/console.css';
import './common/ui/plainUi.css';
import { i18nReady } from './common/i18n/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The first screen waits for its dictionary (one small file), so it never shows bare keys.
void i18nReady
  .catch((error: unknown) => console.error(error))
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
