import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storedLanguage, switchLanguage } from '../i18n/i18n';
import { App } from './App';

/** Renders the app into #root (replacing index.html's loading state); English is loaded first if chosen. */
export function start(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Root element #root is missing in index.html');
  const root = createRoot(container);
  const render = () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  const language = storedLanguage();
  if (language === 'de') render();
  else void switchLanguage(language).finally(render);
}
