import type { ComponentChildren } from 'preact';
import type { InviteInfo } from '../../../shared/schemas/auth.ts';
import { Alert } from '../../components/alert.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { currentQuery } from '../../lib/router.ts';
import { useResource } from '../../lib/use-resource.ts';

interface LinkCheckProps {
  /** What the link must be for. */
  purpose: InviteInfo['purpose'];
  /** "Checking your setup link…" */
  checking: string;
  /** Heading when the link cannot be used. */
  invalidTitle: string;
  /** When the link is real but for the other purpose (an invitation opened as a setup link). */
  wrongPurpose: string;
  /** When the page was opened without a token at all. */
  missing: string;
  /** What to do instead, under the error. */
  help: ComponentChildren;
  children: (link: { token: string; info: InviteInfo }) => ComponentChildren;
}

/**
 * Setup and invitation pages open from a one-time link (?token=). This asks the server what the
 * token is for and shows the page only for a valid link of the right kind, and otherwise says why not.
 */
export function LinkCheck({ purpose, checking, invalidTitle, wrongPurpose, missing, help, children }: LinkCheckProps) {
  const token = currentQuery.value.get('token') ?? '';
  const info = useResource<InviteInfo | null>(() => (token ? api.auth.invite(token) : Promise.resolve(null)), token);

  if (info.loading) return <Loading label={checking} />;
  if (!token || info.error || info.data?.purpose !== purpose) {
    return (
      <>
        <PageHeading title={invalidTitle} />
        <Alert tone="error">{info.data ? wrongPurpose : info.error ? errorMessage(info.error) : missing}</Alert>
        <p class="auth__note">{help}</p>
      </>
    );
  }
  return <>{children({ token, info: info.data })}</>;
}
