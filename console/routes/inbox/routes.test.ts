import { describe, expect, it } from 'vitest';
import { paths } from '../../lib/paths.ts';
import { matchRoute } from '../../lib/routes.ts';

describe('inbox routes', () => {
  it('match the paths that link to them', () => {
    expect(matchRoute(paths.inbox())).toEqual({ name: 'inbox' });
    expect(matchRoute(paths.chat('0196a-b'))).toEqual({ name: 'chat', id: '0196a-b' });
    expect(matchRoute('/console/inbox/history')).toEqual({ name: 'chat-history' });
    expect(paths.chatHistory({ q: 'refund', agent: 'me' })).toBe('/console/inbox/history?q=refund&agent=me');
  });

  it('send deeper paths to not found', () => {
    expect(matchRoute('/console/inbox/0196a-b/more')).toEqual({ name: 'not-found' });
  });
});
