import '@kern-ux/native/dist/kern.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { applyTheme, storedTheme } from './shared/lib/theme';

// Before the first paint, so that a chosen theme does not flash the other one.
applyTheme(storedTheme());

/**
 * The entry only paints: index.html's loading state shows as soon as the CSS is there, and the app (React,
 * Apollo, router — preloaded by index.html, see apps/web/build/preload-start.mts) starts after that
 * first paint, not before it. In a hidden tab (no animation frames) it starts after 100 ms.
 */
let started = false;
function startApp(): void {
  if (started) return;
  started = true;
  void import('./app/start').then(({ start }) => start());
}
requestAnimationFrame(() => setTimeout(startApp, 0));
setTimeout(startApp, 100);
