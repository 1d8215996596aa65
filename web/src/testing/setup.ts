import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give a busy machine (the suite runs beside the server's tests on two
// cores) fifteen seconds instead of one before they fail.
configure({ asyncUtilTimeout: 15000 });

afterEach(() => {
  cleanup();
});

// jsdom has <dialog> but not its modal API; enough of it for components that open one.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
