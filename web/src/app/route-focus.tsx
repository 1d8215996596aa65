import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After client-side navigation, scrolls to the top and moves focus to the new page's heading
 * so keyboard and screen-reader users land on it (the browser does this for full page loads).
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return null;
}
