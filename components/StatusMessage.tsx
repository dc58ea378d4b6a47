import type { ComponentChildren } from 'preact';

/** Props of StatusMessage. */
export interface StatusMessageProps {
  title: string;
  detail?: string;
  tone?: 'info' | 'error';
  children?: ComponentChildren;
}

/** A plain, complete sentence for a state with nothing to list: loading, empty, not an article, an error. */
export function StatusMessage({ title, detail, tone = 'info', children }: StatusMessageProps) {
  return (
    <section class={`status status-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p class="status-title">{title}</p>
      {detail ? <p class="status-detail">{detail}</p> : null}
      {children}
    </section>
  );
}
