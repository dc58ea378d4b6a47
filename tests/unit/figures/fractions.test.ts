import { describe, it } from 'vitest';
import { expectFigures, expectNoFigures } from './helpers';

describe('fractions written as words', () => {
  it('reads an English share as the percentage it stands for, with its bound', () => {
    expectFigures("Beijing now takes close to a third of the republic's exports.", [
      { text: 'close to a third', value: 33.33, unit: 'percent', kind: 'percent', approx: 'under' },
    ]);
    expectFigures('Some two-thirds of the pipeline gas goes east, and roughly a quarter of it is re-sold.', [
      { text: 'Some two-thirds', value: 66.67, unit: 'percent', approx: 'about' },
      { text: 'roughly a quarter', value: 25, unit: 'percent', approx: 'about' },
    ]);
    expectFigures('Buyers took about two-fifths of the crop, and a tenth of it went by road.', [
      { text: 'about two-fifths', value: 40, unit: 'percent', approx: 'about' },
      { text: 'a tenth', value: 10, unit: 'percent' },
    ]);
    expectFigures('Cotton sales fell by three quarters, the ministry said.', [
      { text: 'three quarters', value: 75, unit: 'percent' },
    ]);
    expectFigures('Lenders hold more than half of the external debt.', [
      { text: 'more than half', value: 50, unit: 'percent', approx: 'over' },
    ]);
  });

  it('reads a Russian share in its case forms, with a count before a plural', () => {
    expectFigures('На Китай приходится около четверти экспорта, а на Россию — более трети.', [
      { text: 'около четверти', value: 25, unit: 'percent', approx: 'about' },
      { text: 'более трети', value: 33.33, unit: 'percent', approx: 'over' },
    ]);
    expectFigures('Газ дает почти четыре пятых экспорта, а хлопок — пятую часть остального.', [
      { text: 'почти четыре пятых', value: 80, unit: 'percent', approx: 'under' },
      { text: 'пятую часть', value: 20, unit: 'percent' },
    ]);
    expectFigures('Две трети грузов идут по железной дороге, половину из них везут в контейнерах.', [
      { text: 'Две трети', value: 66.67, unit: 'percent' },
      { text: 'половину', value: 50, unit: 'percent' },
    ]);
  });

  it('does not take a share and the figure that restates it for a range', () => {
    expectFigures('Доля КНР составила почти треть — 31,8%.', [
      { text: 'почти треть', value: 33.33, approx: 'under' },
      { text: '31,8%', value: 31.8, unit: 'percent' },
    ]);
  });

  it('leaves ordinals, spans of time and named parts alone', () => {
    expectNoFigures('It was a third summit in as many years.');
    expectNoFigures('A fifth round of talks opened in Tashkent.');
    expectNoFigures('A quarter of a century has passed since the border treaty.');
    expectNoFigures('Three quarters of 2025 saw steady growth.');
    expectNoFigures('Half of the delegates left early.');
    expectNoFigures('Во второй половине дня делегации посетили парк.');
    expectNoFigures('Итоги третьей четверти подвели в пятницу.');
    expectNoFigures('Пятая встреча прошла в Бишкеке; в пятой части доклада — выводы.');
  });
});
