import type { Request, Response } from '@playwright/test';
import { adminRow, openAdmin, openDashboardOf, settleVerifications } from './support/admin.js';
import { platformSecretKey } from './support/demo-instances.js';
import { completeOnboarding, startSeller } from './support/onboarding.js';
import { expect, test } from './support/test.js';
import { usIndividual } from './support/test-values.js';

/** One exchange the browser made, as text to search: URL, headers and bodies both ways. */
interface Exchange {
  request: Request;
  url: string;
  text: string;
  bodyRead: boolean;
}

function requestText(request: Request): string {
  return [request.method(), request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join(
    '\n',
  );
}

// The platform's secret key stays on the demo backend: a whole seller journey
// (sign-up, onboarding, dashboard, admin controls) is recorded, every request
// and response with headers and bodies, and the key appears in none of them.
test('the platform secret key never reaches the browser', async ({ page, context }) => {
  const exchanges: Exchange[] = [];
  const reading: Promise<void>[] = [];
  context.on('response', (response: Response) => {
    reading.push(
      (async () => {
        const request = response.request();
        let body = '';
        let bodyRead = false;
        // Redirects have no body to read; everything else should.
        if (response.status() < 300 || response.status() >= 400) {
          try {
            body = (await response.body()).toString('latin1');
            bodyRead = true;
          } catch {
            bodyRead = false;
          }
        }
        const headers = JSON.stringify(await response.allHeaders());
        exchanges.push({
          request,
          url: request.url(),
          text: `${requestText(request)}\n${headers}\n${body}`,
          bodyRead,
        });
      })(),
    );
  });
  // Requests the page itself gave up on (a query cancelled as a component unmounts) have no body to read.
  const failed = new Set<Request>();
  context.on('requestfailed', (request) => failed.add(request));
  // Only a response the network delivered whole has a body the page could have read. One cut
  // after its headers (a read still streaming as the test navigates: `networkidle` does not wait
  // in a single-page app that has not navigated since it loaded) may be reported neither finished
  // nor failed.
  const finished = new Set<Request>();
  context.on('requestfinished', (request) => finished.add(request));
  const frames: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => frames.push(String(payload)));
    socket.on('framereceived', ({ payload }) => frames.push(String(payload)));
  });

  // Leaving a page discards the bodies of its responses not yet read: before each navigation, the
  // page's requests finish and their bodies are read (the page's last reads once raced the navigation).
  const readEverything = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
  };

  const account = await startSeller(page, usIndividual);
  await completeOnboarding(page, usIndividual);
  await readEverything();
  await openAdmin(page);
  await settleVerifications(page, account);
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(adminRow(page, account)).toBeVisible();
  await readEverything();
  await openDashboardOf(page, account);
  await expect(page.getByRole('region', { name: 'Payouts', exact: true })).toBeVisible();
  // As before each navigation: a read the page abandoned (StrictMode's first mount) is reported
  // failed only once the network settles, after its response event.
  await readEverything();

  const apiCalls = exchanges.filter((exchange) => new URL(exchange.url).pathname.startsWith('/api/'));
  const embeddedCalls = exchanges.filter((exchange) =>
    new URL(exchange.url).pathname.startsWith('/v1/embedded/'),
  );
  // The journey did reach both the demo backend and the session server, and their answers were read.
  expect(apiCalls.length).toBeGreaterThan(5);
  expect(embeddedCalls.length).toBeGreaterThan(5);
  const unread = [...apiCalls, ...embeddedCalls].filter(
    (exchange) => !exchange.bodyRead && !failed.has(exchange.request) && finished.has(exchange.request),
  );
  expect(unread.map((exchange) => exchange.url)).toEqual([]);

  const everything = [
    ...exchanges.map((exchange) => exchange.text),
    ...[...failed].map(requestText),
    ...frames,
  ].join('\n');
  expect(everything).not.toContain(platformSecretKey);
  expect(everything).not.toContain('sk_test_');
  expect(everything).not.toContain('sk_live_');
  // Nor is it left in the page for a script to find.
  const pageText = await page.evaluate(
    () => document.documentElement.outerHTML + JSON.stringify({ ...localStorage }),
  );
  expect(pageText).not.toContain('sk_test_');
});
