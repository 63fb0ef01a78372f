import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { useSyncExternalStore } from 'react';
import { signOut } from './session';

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

/**
 * One urql client per signed-in token: queries and mutations over HTTP,
 * subscriptions over graphql-ws on the same /graphql path, the token sent as
 * the connection_init payload (as the api expects).
 */
export function makeClient(token: string): { client: Client; dispose: () => void } {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({
    url: wsUrl,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: Infinity,
    on: { connected: () => setSocketOpen(true), closed: () => setSocketOpen(false) },
  });
  const client = new Client({
    url: '/graphql',
    // Queue figures, leases and disputes change under us: read from the network, show the cache meanwhile.
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) signOut('Your session has ended. Sign in again to go on.');
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
  return { client, dispose: () => void ws.dispose() };
}

/** The message of a failed operation, without urql's "[GraphQL]" prefix. */
export function errorText(error: { graphQLErrors: { message: string }[]; networkError?: Error } | undefined | null): string | null {
  if (!error) return null;
  if (error.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join('; ');
  if (error.networkError) return 'The server could not be reached. Check your connection and try again.';
  return 'Something went wrong. Try again.';
}

export const errorCode = (error: { graphQLErrors: { extensions?: Record<string, unknown> }[] } | undefined | null): string | null => {
  const code = error?.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
};
