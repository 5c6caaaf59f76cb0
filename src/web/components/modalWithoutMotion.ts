/**
 * Props that make an antd Modal open and close without its zoom and fade. antd hides a closed
 * modal's full-screen wrap only when the closing animation reports its end, so a lost end event
 * leaves an invisible layer that swallows every click until the page is reloaded. Without the
 * motion the wrap is hidden as the modal closes, and a slow phone shows the form at once. Every
 * modal of the app spreads these.
 */
export const MODAL_WITHOUT_MOTION = { transitionName: '', maskTransitionName: '' } as const;
