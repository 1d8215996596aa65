import { useEffect, type RefObject } from 'react';

/**
 * After a failed submit, moves keyboard focus to the first field marked aria-invalid so
 * screen-reader users hear the error. Pass a value that changes on every failed attempt.
 */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  }, [formRef, attempt]);
}
