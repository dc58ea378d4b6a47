import { t } from '../i18n';
import type { CardContent } from './card-content';

/** What the card's buttons do; each returns the line the card then shows in its status. */
export interface CardActions {
  close: () => void;
  save: () => Promise<string>;
  openInPanel: () => Promise<string>;
}

/** An element with text, built with DOM calls only: page text is never parsed as markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderReports(doc: Document, content: CardContent): HTMLElement[] {
  // A price says what it measures but is never compared: what it prices is not read (ADR 12).
  if (!content.factKey)
    return [el(doc, 'p', t(content.metric === 'price' ? 'cardPriceNotCompared' : 'cardNotAFact'), 'note')];
  const heading = el(doc, 'h3', t('cardOtherReports'));
  if (content.reports.length === 0) return [heading, el(doc, 'p', t('cardNoOtherReports'), 'note')];
  const list = el(doc, 'ol', '', 'reports');
  for (const report of content.reports) {
    const item = el(doc, 'li');
    const source = report.href ? el(doc, 'a', report.source) : el(doc, 'span', report.source);
    if (source instanceof HTMLAnchorElement) {
      source.href = report.href;
      source.target = '_blank';
      source.rel = 'noopener noreferrer';
      source.title = report.title;
    }
    item.append(source, ` · ${[report.date, report.reading].filter(Boolean).join(' · ')} · `);
    // A copy is listed as one, with no verdict of its own: it is not another source.
    const verdict = report.copy || (report.agrees ? t('cardReportAgrees') : t('cardReportDiffers'));
    item.append(el(doc, 'span', verdict, report.copy ? 'copy' : report.agrees ? 'agree' : 'differ'));
    list.append(item);
  }
  return [heading, list];
}

/**
 * The card's content as a DOM tree: a dialog labelled by the figure's reading, what it measures, what the
 * store says about it and the other reports, and its actions. Every string goes in through `textContent`.
 */
export function renderCard(doc: Document, content: CardContent, actions: CardActions): HTMLElement {
  const card = el(doc, 'div', '', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'caravan-card-title');
  card.tabIndex = -1;

  const head = el(doc, 'div', '', 'head');
  const title = el(doc, 'h2', content.reading);
  title.id = 'caravan-card-title';
  const close = el(doc, 'button', '×', 'close');
  close.type = 'button';
  close.setAttribute('aria-label', t('cardClose'));
  close.addEventListener('click', actions.close);
  head.append(title, close);
  card.append(head, el(doc, 'p', content.text, 'text'));

  if (content.measure.length > 0) {
    const measure = el(doc, 'dl');
    for (const row of content.measure) measure.append(el(doc, 'dt', row.label), el(doc, 'dd', row.value));
    card.append(measure);
  }
  if (content.lines.length > 0) {
    const lines = el(doc, 'ul', '', 'lines');
    for (const line of content.lines) lines.append(el(doc, 'li', line.text, line.tone));
    card.append(lines);
  }
  card.append(...renderReports(doc, content), el(doc, 'p', content.sentence, 'sentence'));

  const status = el(doc, 'p', '', 'status');
  status.setAttribute('role', 'status');
  const button = (label: string, run: () => Promise<string>) => {
    const node = el(doc, 'button', label);
    node.type = 'button';
    node.addEventListener('click', () => {
      status.textContent = '';
      void run().then((message) => {
        status.textContent = message;
      });
    });
    return node;
  };
  const row = el(doc, 'div', '', 'actions');
  row.append(button(t('cardSave'), actions.save));
  if (content.factKey) row.append(button(t('cardOpenInPanel'), actions.openInPanel));
  card.append(row, status);
  return card;
}
