import { useEffect } from 'preact/hooks';
import { lazyPage } from './components/lazy-page.tsx';
import { Loading } from './components/states.tsx';
import { AuthLayout } from './layout/auth-layout.tsx';
import { Shell } from './layout/shell.tsx';
import { paths } from './lib/paths.ts';
import { currentUrl, navigate } from './lib/router.ts';
import { matchRoute, publicRoutes, type Route } from './lib/routes.ts';
import { AnalyticsPage } from './routes/analytics.tsx';
import { InvitePage } from './routes/auth/invite.tsx';
import { LoginPage } from './routes/auth/login.tsx';
import { SetupPage } from './routes/auth/setup.tsx';
import { CustomerListPage } from './routes/customers/list.tsx';
import { CustomerProfilePage } from './routes/customers/profile.tsx';
import { HomePage } from './routes/home/home.tsx';
import { CategoryBrowserPage } from './routes/knowledge/categories.tsx';
import { ArticleHistoryPage } from './routes/knowledge/history.tsx';
import { KnowledgeHomePage } from './routes/knowledge/home.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { MyProfilePage } from './routes/profile/profile.tsx';
import { SettingsPage } from './routes/settings/settings.tsx';
import { TicketDetailPage } from './routes/tickets/detail.tsx';
import { TicketListPage } from './routes/tickets/list.tsx';
import { NewTicketPage } from './routes/tickets/new.tsx';
import { session } from './state/session.ts';

// The editor brings a markdown renderer and a sanitizer: fetched when an article is first opened.
const ArticleEditorPage = lazyPage(() => import('./routes/knowledge/editor/editor-page.tsx').then((module) => module.ArticleEditorPage), 'Opening the editor…');
const NewArticlePage = lazyPage(() => import('./routes/knowledge/editor/editor-page.tsx').then((module) => module.NewArticlePage), 'Opening the editor…');
// Live chat brings its sockets (partysocket) and the inbox screens: fetched when the inbox opens.
const InboxPage = lazyPage(() => import('./routes/inbox/inbox-page.tsx').then((module) => module.InboxPage), 'Opening the inbox…');
const ChatHistoryPage = lazyPage(() => import('./routes/inbox/history-page.tsx').then((module) => module.ChatHistoryPage), 'Opening chat history…');

function ConsolePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'inbox':
    case 'chat':
      // One element for both, so moving between chats keeps the inbox (and its sockets) mounted.
      return <InboxPage chatId={route.name === 'chat' ? route.id : null} />;
    case 'chat-history':
      return <ChatHistoryPage />;
    case 'tickets':
      return <TicketListPage />;
    case 'new-ticket':
      return <NewTicketPage />;
    case 'ticket':
      // Keyed by id: moving from one ticket to another starts the page afresh.
      return <TicketDetailPage key={route.id} id={route.id} />;
    case 'customers':
      return <CustomerListPage />;
    case 'customer':
      return <CustomerProfilePage key={route.id} id={route.id} />;
    case 'knowledge':
      return <KnowledgeHomePage />;
    case 'knowledge-categories':
      return <CategoryBrowserPage />;
    case 'new-article':
      // A new translation is a different form from a new article: start afresh when the query changes.
      return <NewArticlePage key={currentUrl.value.search} />;
    case 'article':
      return <ArticleEditorPage key={route.id} id={route.id} />;
    case 'article-history':
      return <ArticleHistoryPage key={route.id} id={route.id} />;
    case 'analytics':
      return <AnalyticsPage />;
    case 'settings':
      return <SettingsPage tab={route.tab} />;
    case 'profile':
      return <MyProfilePage />;
    default:
      return <NotFoundPage />;
  }
}

/** Where to go after signing in: back where the visitor was headed, but only inside the console. */
function afterSignIn(): string {
  const next = new URLSearchParams(currentUrl.value.search).get('next');
  return next && next.startsWith('/console/') && !next.startsWith('/console/login') ? next : paths.home();
}

export function App() {
  const url = currentUrl.value;
  const route = matchRoute(url.path);
  const state = session.value;
  const isPublic = publicRoutes.has(route.name);

  // Signed out on a private page: to the login page, remembering where they were going.
  useEffect(() => {
    if (state.status === 'signed-out' && !isPublic) navigate(paths.login(`${url.path}${url.search}`), { replace: true });
    if (state.status === 'signed-in' && route.name === 'login') navigate(afterSignIn(), { replace: true });
  }, [state.status, isPublic, route.name, url.path, url.search]);

  if (route.name === 'setup' || route.name === 'invite') {
    return <AuthLayout>{route.name === 'setup' ? <SetupPage /> : <InvitePage />}</AuthLayout>;
  }
  if (state.status === 'loading') {
    return (
      <div class="boot">
        <Loading label="Opening Lantern…" />
      </div>
    );
  }
  if (route.name === 'login' || state.status === 'signed-out') {
    return (
      <AuthLayout>
        <LoginPage notice={state.status === 'signed-out' ? state.notice : null} />
      </AuthLayout>
    );
  }
  return (
    <Shell route={route}>
      <ConsolePage route={route} />
    </Shell>
  );
}
