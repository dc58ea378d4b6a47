// A small news article rendered by React, for the page-integrity test: server-rendered, then hydrated, with
// state that changes what it shows. Plain JavaScript: the project has no React types.
import { createElement as h, useEffect, useState } from 'react';

export const TITLE = 'China and Kazakhstan expand trade through Khorgos';

const PARAGRAPHS = [
  'Trade between China and Kazakhstan passed 41 billion dollars last year, customs in Astana said, up 8 percent.',
  'At the Khorgos dry port, cranes moved 540,000 containers, and the operator plans a fourth rail track by 2027.',
];

export function App() {
  const [likes, setLikes] = useState(0);
  const [more, setMore] = useState(false);
  useEffect(() => {
    document.body.dataset.hydrated = 'yes';
  }, []);
  return h(
    'article',
    null,
    h('h1', null, TITLE),
    ...PARAGRAPHS.map((text) => h('p', { key: text }, text)),
    more
      ? h(
          'p',
          { id: 'more' },
          'By Friday rail freight between China and Kazakhstan had reached 4.1 million tonnes.',
        )
      : null,
    h(
      'button',
      { id: 'like', type: 'button', onClick: () => setLikes((n) => n + 1) },
      `Liked ${likes} times`,
    ),
    h('button', { id: 'read-more', type: 'button', onClick: () => setMore(true) }, 'Read more'),
  );
}
