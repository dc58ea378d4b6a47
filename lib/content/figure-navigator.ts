import { stepIndex } from '../card/sorted-search';
import { CURRENT_HIGHLIGHT, FLASH_HIGHLIGHT, paintRanges } from '../paint/paint-figures';

/** The reader's place among the page's figures: which one is current, moving to it, flashing it. */
export interface FigureNavigator {
  /** The current figure's index, or -1. */
  current: () => number;
  /** Makes a figure current and paints it; scrolls it to the middle of the window when asked. */
  moveTo: (index: number, scroll: boolean) => void;
  /** Moves one figure forwards or backwards, wrapping; returns the new index or -1. */
  step: (direction: 1 | -1) => number;
  /** Flashes a figure a few times so the eye finds it. */
  flash: (index: number) => void;
  /** Removes the current figure's paint and any flash (highlights turned off). */
  clear: () => void;
}

const FLASH_STEPS = 6;
const FLASH_STEP_MS = 180;

/** Scrolls the element holding a range to the middle of the window (instantly when the reader asks for less motion). */
function scrollToRange(range: AbstractRange, win: Window | null): void {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const calm = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: calm ? 'instant' : 'smooth' });
}

/** A navigator over the figures' ranges in reading order; timers end with `signal`. */
export function createFigureNavigator(
  ranges: readonly AbstractRange[],
  signal: AbortSignal,
): FigureNavigator {
  let current = -1;
  let unpaintCurrent = () => {};
  let unpaintFlash = () => {};
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const stopFlash = () => {
    clearTimeout(flashTimer);
    unpaintFlash();
    unpaintFlash = () => {};
  };
  signal.addEventListener('abort', stopFlash, { once: true });

  const moveTo = (index: number, scroll: boolean) => {
    const range = ranges[index];
    if (!range) return;
    current = index;
    unpaintCurrent();
    unpaintCurrent = paintRanges(CURRENT_HIGHLIGHT, [range]);
    if (scroll) scrollToRange(range, range.startContainer.ownerDocument?.defaultView ?? null);
  };

  const flash = (index: number) => {
    const range = ranges[index];
    if (!range || signal.aborted) return;
    stopFlash();
    let step = 0;
    const tick = () => {
      unpaintFlash();
      unpaintFlash = step % 2 === 0 ? paintRanges(FLASH_HIGHLIGHT, [range]) : () => {};
      step += 1;
      flashTimer =
        step < FLASH_STEPS ? setTimeout(tick, FLASH_STEP_MS) : setTimeout(stopFlash, FLASH_STEP_MS);
    };
    tick();
  };

  return {
    current: () => current,
    moveTo,
    step: (direction) => {
      const next = stepIndex(current, direction, ranges.length);
      if (next >= 0) moveTo(next, true);
      return next;
    },
    flash,
    clear: () => {
      stopFlash();
      unpaintCurrent();
      unpaintCurrent = () => {};
      current = -1;
    },
  };
}
