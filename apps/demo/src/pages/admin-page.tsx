import { useCallback, useEffect, useState } from 'react';
import type { AdminAccount } from '../../server/admin-routes.js';
import type { ReceivedWebhook } from '../../server/webhook-receiver.js';
import { callDemoApi, DemoRequestError, type SellerAccount } from '../demo-api.js';
import { countryName } from '../marketplace.js';
import { navigate } from '../navigation.js';

export interface AdminPageProps {
  onSignedIn: (account: SellerAccount) => void;
}

type Action = 'advance' | 'settle' | 'open';

const errorMessage = (error: unknown) =>
  error instanceof DemoRequestError ? error.message : 'Something went wrong. Try again.';

/** The platform operator's view of its connected accounts, with the session server's test controls. */
export function AdminPage({ onSignedIn }: AdminPageProps) {
  const [accounts, setAccounts] = useState<AdminAccount[] | null>(null);
  const [webhooks, setWebhooks] = useState<ReceivedWebhook[]>([]);
  const [busy, setBusy] = useState<{ id: string; action: Action } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setError(null);
    try {
      const [{ data }, received] = await Promise.all([
        callDemoApi<{ data: AdminAccount[] }>('/admin/accounts'),
        callDemoApi<{ data: ReceivedWebhook[] }>('/admin/webhooks'),
      ]);
      setAccounts(data);
      setWebhooks(received.data);
      setStatus(`${data.length} connected account${data.length === 1 ? '' : 's'}.`);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function run(account: AdminAccount, action: Action) {
    setBusy({ id: account.id, action });
    setError(null);
    try {
      if (action === 'open') {
        const { account: seller } = await callDemoApi<{ account: SellerAccount }>(
          `/admin/accounts/${encodeURIComponent(account.id)}/sign-in`,
          { json: {} },
        );
        onSignedIn(seller);
        navigate('/dashboard');
        return;
      }
      const path =
        action === 'advance'
          ? `/admin/accounts/${encodeURIComponent(account.id)}/advance-deadlines`
          : `/admin/accounts/${encodeURIComponent(account.id)}/settle-verifications`;
      const { account: updated } = await callDemoApi<{ account: AdminAccount }>(path, {
        json: action === 'advance' ? { days: 30 } : {},
      });
      setAccounts((current) => current?.map((row) => (row.id === updated.id ? updated : row)) ?? null);
      setStatus(
        action === 'advance'
          ? `Moved the deadlines of ${updated.id} 30 days earlier.`
          : `Settled the pending verifications of ${updated.id}.`,
      );
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section>
      <div className="page-title">
        <h1>Connected accounts</h1>
        <button type="button" className="button" onClick={() => void refresh()}>
          Refresh
        </button>
      </div>
      <p className="muted">
        Every seller of Tidewater Market, as the session server reports them. The test controls move deadlines
        and settle verifications without waiting.
      </p>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
      {accounts === null && !error ? <p>Loading…</p> : null}
      {accounts?.length === 0 ? <p>No connected accounts yet.</p> : null}
      {accounts && accounts.length > 0 ? (
        <div className="table-scroll">
          <table className="accounts">
            <caption className="visually-hidden">Connected accounts with their requirements</caption>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Country</th>
                <th scope="col">Business type</th>
                <th scope="col">
                  charges_
                  <wbr />
                  enabled
                </th>
                <th scope="col">
                  payouts_
                  <wbr />
                  enabled
                </th>
                <th scope="col">
                  currently_
                  <wbr />
                  due
                </th>
                <th scope="col">
                  past_
                  <wbr />
                  due
                </th>
                <th scope="col">
                  disabled_
                  <wbr />
                  reason
                </th>
                <th scope="col">Capabilities</th>
                <th scope="col">Test controls</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <AccountRow key={account.id} account={account} busy={busy} onAction={run} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <WebhookList webhooks={webhooks} />
    </section>
  );
}

/** What the session server told this backend, newest first: the platform's side of `account.updated`. */
function WebhookList({ webhooks }: { webhooks: readonly ReceivedWebhook[] }) {
  return (
    <>
      <h2>Webhooks received</h2>
      <p className="muted">
        The session server POSTs each change to this backend, signed; the backend checks the signature and
        keeps the newest 25 here. Refresh to see new ones.
      </p>
      {webhooks.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="webhooks">
            <caption className="visually-hidden">Webhooks received, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Event</th>
                <th scope="col">Account</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((webhook) => (
                <tr key={webhook.id} data-event-id={webhook.id}>
                  <td>{new Date(webhook.created * 1000).toLocaleTimeString()}</td>
                  <td>
                    <code>{webhook.type}</code>
                  </td>
                  <th scope="row">
                    <code>{webhook.account}</code>
                  </th>
                  <td>{webhook.changed.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

interface AccountRowProps {
  account: AdminAccount;
  busy: { id: string; action: Action } | null;
  onAction: (account: AdminAccount, action: Action) => void;
}

function AccountRow({ account, busy, onAction }: AccountRowProps) {
  const { requirements } = account;
  const rowBusy = busy?.id === account.id;
  const listTitle = (keys: readonly string[]) => (keys.length > 0 ? keys.join('\n') : undefined);
  return (
    <tr data-account-id={account.id}>
      <th scope="row">
        <code>{account.id}</code>
        {account.email ? <div className="muted small">{account.email}</div> : null}
      </th>
      <td title={countryName(account.country)}>{account.country}</td>
      <td>{account.business_type ?? '—'}</td>
      <td>
        <span className={account.charges_enabled ? 'flag flag-on' : 'flag'}>
          {String(account.charges_enabled)}
        </span>
      </td>
      <td>
        <span className={account.payouts_enabled ? 'flag flag-on' : 'flag'}>
          {String(account.payouts_enabled)}
        </span>
      </td>
      <td title={listTitle(requirements.currently_due)}>{requirements.currently_due.length}</td>
      <td title={listTitle(requirements.past_due)}>{requirements.past_due.length}</td>
      <td>{requirements.disabled_reason ?? '—'}</td>
      <td>
        <ul className="plain small">
          {Object.entries(account.capabilities).map(([name, capabilityStatus]) => (
            <li key={name}>
              {name}: {capabilityStatus}
            </li>
          ))}
          {requirements.pending_verification.length > 0 ? (
            <li>pending_verification: {requirements.pending_verification.length}</li>
          ) : null}
          {requirements.errors.length > 0 ? (
            <li>errors: {requirements.errors.map((e) => e.code).join(', ')}</li>
          ) : null}
        </ul>
      </td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="button small"
            disabled={rowBusy}
            onClick={() => onAction(account, 'advance')}
          >
            Advance deadlines 30 days
          </button>
          <button
            type="button"
            className="button small"
            disabled={rowBusy}
            onClick={() => onAction(account, 'settle')}
          >
            Settle verifications
          </button>
          <button
            type="button"
            className="button small"
            disabled={rowBusy}
            onClick={() => onAction(account, 'open')}
          >
            Open dashboard
          </button>
        </div>
      </td>
    </tr>
  );
}
