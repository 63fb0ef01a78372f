import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { useSyncExternalStore } from 'react';
import { ME } from './gql';
import { endSession, updateSessionUser, type SessionUser } from './session';

// Whether the graphql-ws socket is open: the home screen says "live" only when it is.
let socketOpen = false;
const socketListeners = new Set<() => void>();
const setSocketOpen = (open: boolean) => {
  socketOpen = open;
  socketListeners.forEach((l) => l());
};
export const useLiveConnection = (): boolean =>
  useSyncExternalStore(
    (l) => {
      socketListeners.add(l);
      return () => socketListeners.delete(l);
    },
    () => socketOpen,
  );

/** What the sign-in screen says when the api refused the session's token: the api's reason, which tells the cases apart. */
export const sessionEnded = (said: string | undefined): string => `Your session has ended. ${said?.trim() ? ending(said) : 'Sign in again to go on.'}`;

// A socket closed for any other reason than this (the client done with it) may have been refused.
const NORMAL_CLOSURE = 1000;

/**
 * One urql client per signed-in token: queries and mutations over HTTP,
 * subscriptions over graphql-ws on the same /graphql path, the token sent as
 * the connection_init payload (as the api expects).
 *
 * A token the api refuses (UNAUTHENTICATED) ends the session, with the api's reason, whichever way the refusal comes.
 * Over HTTP the error says it. The live connection is closed by the api when the account changes (4401 when the token
 * no longer holds, 1012 when the role changed), and a refused reconnection carries no reason at all (a bare
 * "Forbidden" to connection_init); so whenever the socket closes other than normally the client asks `me` over HTTP:
 * refused, the session ends with the api's words; answered, the header and nav follow the account's current role.
 */
export function makeClient(token: string): { client: Client; dispose: () => void } {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  let disposed = false;
  let asking = false;
  const askWhy = (): void => {
    if (disposed || asking) return;
    asking = true;
    void client
      .query<{ me: SessionUser | null }>(ME, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        if (r.data?.me) updateSessionUser(token, r.data.me);
      })
      .finally(() => (asking = false));
  };
  const ws = createWsClient({
    url: wsUrl,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: Infinity,
    on: {
      connected: () => setSocketOpen(true),
      closed: (event) => {
        setSocketOpen(false);
        if ((event as { code?: number } | undefined)?.code !== NORMAL_CLOSURE) askWhy();
      },
    },
  });
  const client = new Client({
    url: '/graphql',
    // Queue figures, leases and disputes change under us: read from the network, show the cache meanwhile.
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      mapExchange({
        onError(error) {
          const refused = error.graphQLErrors.find((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
          if (refused) endSession(token, sessionEnded(refused.message));
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return {
    client,
    dispose: () => {
      disposed = true;
      // dispose() waits for a connection attempt under way, and rejects with its refusal or with "All Subscriptions
      // Gone" (a retry the unmounted pages no longer need): nothing to do about either on a client being thrown away.
      Promise.resolve(ws.dispose()).catch(() => undefined);
    },
  };
}

/** The message of a failed operation, without urql's "[GraphQL]" prefix. */
export function errorText(error: { graphQLErrors: { message: string }[]; networkError?: Error } | undefined | null): string | null {
  if (!error) return null;
  if (error.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join('; ');
  if (error.networkError) return 'The server could not be reached. Check your connection and try again.';
  return 'Something went wrong. Try again.';
}

/** The api's words as a sentence of the app's own: trimmed, with a full stop unless they end in one. */
export const ending = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export const errorCode = (error: { graphQLErrors: { extensions?: Record<string, unknown> }[] } | undefined | null): string | null => {
  const code = error?.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
};
