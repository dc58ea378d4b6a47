import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.mjs';

// Hydrates a moment after load, so the extension has already scanned and painted the server's markup.
setTimeout(() => {
  hydrateRoot(document.getElementById('root'), createElement(App), {
    onRecoverableError: (error) => console.error('React recovered from', error),
  });
}, 400);
