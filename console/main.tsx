import { render } from 'preact';
import { App } from './app.tsx';
import { restoreSession } from './state/auth.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/auth.css';
import './styles/pages.css';
import './styles/tickets.css';
import './styles/conversation.css';
import './styles/settings.css';
import './styles/knowledge.css';

/**
 * The agents' console. Everything it shows comes from the API through the shared client; the
 * server answers every /console/* path with this page and the router below takes it from there.
 */
const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  void restoreSession();
}
