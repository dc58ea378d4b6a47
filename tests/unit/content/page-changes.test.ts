import { describe, expect, test } from 'vitest';
import {
  batchChangesText,
  changesText,
  MAX_RECORDS_PER_BATCH,
  RescanBackoff,
} from '@/lib/content/page-changes';

function page(html: string): Document {
  document.body.innerHTML = html;
  document.designMode = 'off';
  return document;
}

/** A mutation record as a MutationObserver would hand it over. */
function record(
  type: MutationRecordType,
  target: Node,
  added: Node[] = [],
  removed: Node[] = [],
): MutationRecord {
  return { type, target, addedNodes: added, removedNodes: removed } as unknown as MutationRecord;
}

describe('changesText', () => {
  test('new paragraphs and edited text in the page call for a rescan', () => {
    const doc = page('<article><p id="a">Trade rose.</p></article>');
    const article = doc.querySelector('article') as Element;
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'Exports to Kazakhstan rose 5 percent.';
    expect(changesText(record('childList', article, [paragraph]))).toBe(true);
    expect(changesText(record('characterData', doc.querySelector('#a')?.firstChild as Node))).toBe(true);
    expect(changesText(record('childList', article, [], [paragraph]))).toBe(true);
  });

  test('typing in editable content, white space and Caravan’s own elements do not', () => {
    const doc = page(
      '<div contenteditable="true"><p id="draft">Draft</p></div><div contenteditable="plaintext-only">x</div><textarea id="notes">n</textarea><article id="body"></article>',
    );
    expect(changesText(record('characterData', doc.querySelector('#draft')?.firstChild as Node))).toBe(false);
    const typed = doc.createTextNode('China and Kazakhstan 300 tonnes');
    expect(changesText(record('childList', doc.querySelector('#draft') as Node, [typed]))).toBe(false);
    expect(
      changesText(
        record('childList', doc.querySelector('[contenteditable=plaintext-only]') as Node, [typed]),
      ),
    ).toBe(false);
    expect(changesText(record('childList', doc.querySelector('#notes') as Node, [typed]))).toBe(false);
    const body = doc.querySelector('#body') as Node;
    expect(changesText(record('childList', body, [doc.createTextNode('  \n ')]))).toBe(false);
    expect(changesText(record('childList', body, [doc.createElement('caravan-card')]))).toBe(false);
    expect(changesText(record('attributes', body))).toBe(false);
  });

  test('nothing is a change in a document in design mode', () => {
    const doc = page('<p id="a">Text</p>');
    doc.designMode = 'on';
    expect(changesText(record('characterData', doc.querySelector('#a')?.firstChild as Node))).toBe(false);
    doc.designMode = 'off';
  });
});

describe('batchChangesText', () => {
  test('looks at no more than its bound of records per batch', () => {
    const doc = page('<div contenteditable="true"><p id="draft">Draft</p></div><p id="real">Real</p>');
    const typing = record('characterData', doc.querySelector('#draft')?.firstChild as Node);
    const real = record('characterData', doc.querySelector('#real')?.firstChild as Node);
    expect(batchChangesText([typing, real])).toBe(true);
    const many = Array.from({ length: MAX_RECORDS_PER_BATCH }, () => typing);
    expect(batchChangesText([...many, real])).toBe(false);
  });
});

test('rescans back off while they find nothing new, and come back quickly after a change', () => {
  const backoff = new RescanBackoff(400, 3000);
  expect(backoff.delayMs).toBe(400);
  backoff.settle(false);
  backoff.settle(false);
  expect(backoff.delayMs).toBe(1600);
  backoff.settle(false);
  backoff.settle(false);
  expect(backoff.delayMs).toBe(3000);
  backoff.settle(true);
  expect(backoff.delayMs).toBe(400);
});
