import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles/app.css';
import { storedLanguage, switchLanguage } from './i18n/i18n';
import { applyTheme, storedTheme } from './shared/lib/theme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// Before the first render, so that a chosen theme does not flash the other one.
applyTheme(storedTheme());

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
