import { createElement } from 'react';
import { renderToString } from 'react-dom/server.browser';
import { App, TITLE } from './app.mjs';

export { TITLE };

/** The article's markup as a server sends it. */
export function renderArticle() {
  return renderToString(createElement(App));
}
