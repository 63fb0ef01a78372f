import type { ReactNode } from 'react';

// `live={false}` where the page says its news through the app's live region itself (the workbench), so the
// same news is not spoken twice.

export function Loading({ what, live = true }: { what: string; live?: boolean }) {
  return (
    <div className="state" role={live ? 'status' : undefined} aria-live={live ? 'polite' : undefined}>
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

export function ErrorState({ message, retry, live = true }: { message: string; retry?: () => void; live?: boolean }) {
  return (
    <div className="state state-error" role={live ? 'alert' : undefined}>
      <p>{message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Notice({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="state state-empty">
      <h2>{title}</h2>
      <p>{children}</p>
      {action}
    </section>
  );
}
