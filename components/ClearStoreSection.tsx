import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import { t } from '@/lib/i18n';
import { type StoreStats, sendToBackground } from '@/lib/messages';

type ClearState =
  | { step: 'idle'; message?: { tone: 'info' | 'error'; text: string } }
  | { step: 'confirm'; stats: StoreStats }
  | { step: 'clearing' };

/** Clearing the fact store, in two steps: the button asks, with what would be deleted, and only "Yes" deletes. */
export function ClearStoreSection() {
  const [state, setState] = useState<ClearState>({ step: 'idle' });
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);

  const asked = useRef(false);
  // Keyboard focus lands on the safe answer when asked, and back on the button when answered. A layout effect
  // moves it in the same task as the render: the focused button is gone from the DOM by then, and a key pressed
  // before a later effect ran would go to the page's body.
  useLayoutEffect(() => {
    if (state.step === 'confirm') {
      asked.current = true;
      cancel.current?.focus();
    } else if (state.step === 'idle' && asked.current) {
      asked.current = false;
      start.current?.focus();
    }
  }, [state]);

  const ask = () =>
    sendToBackground('store:stats', undefined).then(
      (stats) => setState({ step: 'confirm', stats }),
      (error: unknown) => setState({ step: 'idle', message: { tone: 'error', text: errorMessage(error) } }),
    );
  const clear = () => {
    setState({ step: 'clearing' });
    sendToBackground('store:clear', undefined).then(
      () => setState({ step: 'idle', message: { tone: 'info', text: t('clearDone') } }),
      (error: unknown) => setState({ step: 'idle', message: { tone: 'error', text: errorMessage(error) } }),
    );
  };

  return (
    <section aria-labelledby="clear-title">
      <h2 id="clear-title">{t('clearHeading')}</h2>
      <p>{t('clearExplain')}</p>
      {state.step === 'confirm' ? (
        <fieldset class="clear-confirm">
          <legend>{t('clearQuestion', [String(state.stats.mentions), String(state.stats.articles)])}</legend>
          <div class="clear-actions">
            <button type="button" class="danger" onClick={clear}>
              {t('clearConfirm')}
            </button>
            <button type="button" ref={cancel} onClick={() => setState({ step: 'idle' })}>
              {t('clearCancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="clear-actions">
          <button type="button" ref={start} disabled={state.step === 'clearing'} onClick={() => void ask()}>
            {t('clearStart')}
          </button>
        </div>
      )}
      {state.step === 'idle' && state.message ? (
        <p
          class={`data-status data-${state.message.tone}`}
          role={state.message.tone === 'error' ? 'alert' : 'status'}
        >
          {state.message.text}
        </p>
      ) : null}
    </section>
  );
}
