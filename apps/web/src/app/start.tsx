import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storedLanguage, switchLanguage } from '@/i18n/i18n';
import { createApolloClient } from './apollo-client';
import { App, createAppRouter } from './App';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts the app in index.html's #root (replacing its loading state), in tasks of their own after the
 * modules' evaluation: first the router, whose loaders send the viewer's and the page's queries, then React's
 * first render (shorter tasks block the main thread less). English is loaded first if chosen.
 */
export async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('Root element #root is missing in index.html');
  await nextTask();
  const client = createApolloClient();
  const router = createAppRouter(client);
  const language = storedLanguage();
  await (language === 'de' ? nextTask() : switchLanguage(language).catch(() => undefined));
  createRoot(container).render(
    <StrictMode>
      <App client={client} router={router} />
    </StrictMode>,
  );
}
